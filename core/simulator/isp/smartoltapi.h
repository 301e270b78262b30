// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated SmartOLT REST API: X-Token on every call, the account's
// hourly call budget (429 + Retry-After), the stricter hourly limit of the
// unpaged all-ONU details, 405 "Unknown method" for anything it does not
// know, and the ONU endpoints answered from SmartOltRenderer. handle() is the
// whole API as a function of the request; install() routes a server to it.
#pragma once

#include "hourlybudget.h"
#include "simulator/http/httpserver.h"
#include "simulatoroptions.h"
#include "smartoltrenderer.h"

#include <QByteArray>

#include <atomic>
#include <memory>

namespace Beholder::Sim {

class SmartOltApi final
{
public:
    SmartOltApi(std::shared_ptr<const SimDataset> dataset, SmartOltOptions options, SimulatorCredentials credentials,
                HourlyBudget::Clock clock = {});
    Q_DISABLE_COPY_MOVE(SmartOltApi)

    // Runs in the server's thread.
    HttpResponse handle(const HttpRequest &request);
    // Routes every path of `server` to handle(). The API must outlive the server.
    void install(HttpServer &server);

    // Thread-safe: refuse the API key (as after it was regenerated in SmartOLT's settings).
    void setCredentialsBroken(bool broken);

    const SmartOltRenderer &renderer() const { return m_renderer; }

private:
    HttpResponse dispatch(const HttpRequest &request);
    HttpResponse onusDetails(const HttpRequest &request);
    static OnuFilter filterOf(const HttpRequest &request);

    SmartOltRenderer m_renderer;
    SmartOltOptions m_options;
    SimulatorCredentials m_credentials;
    HourlyBudget m_budget;
    HourlyBudget m_unpagedDetailsBudget;
    std::atomic<bool> m_broken = false;
    quint64 m_fullStatusCalls = 0;
    // The whole-network answers do not change while the simulator runs: render them once.
    QByteArray m_allStatuses;
    QByteArray m_allSignals;
};

} // namespace Beholder::Sim
