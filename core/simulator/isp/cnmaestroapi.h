// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated cnMaestro REST API (v2): OAuth2 client credentials (in the
// form body or as Basic auth), bearer tokens that expire after expires_in,
// and the devices, statistics and alarms endpoints with offset/limit paging,
// answered from CnMaestroRenderer. handle() is the whole API as a function of
// the request; install() routes a server to it.
#pragma once

#include "cnmaestrorenderer.h"
#include "simulator/http/httpserver.h"
#include "simulatoroptions.h"
#include "tokenstore.h"

#include <atomic>
#include <memory>

namespace Beholder::Sim {

class CnMaestroApi final
{
public:
    CnMaestroApi(std::shared_ptr<const SimDataset> dataset, CnMaestroOptions options, SimulatorCredentials credentials);
    Q_DISABLE_COPY_MOVE(CnMaestroApi)

    // Runs in the server's thread.
    HttpResponse handle(const HttpRequest &request);
    // Routes every path of `server` to handle(). The API must outlive the server.
    void install(HttpServer &server);

    // Thread-safe test controls.
    void setCredentialsBroken(bool broken);
    void expireTokens();

    const CnMaestroRenderer &renderer() const { return m_renderer; }

private:
    HttpResponse issueToken(const HttpRequest &request);
    HttpResponse devices(const HttpRequest &request, const QString &mac, bool statistics);

    CnMaestroRenderer m_renderer;
    CnMaestroOptions m_options;
    SimulatorCredentials m_credentials;
    TokenStore m_tokens;
    std::atomic<bool> m_broken = false;
};

} // namespace Beholder::Sim
