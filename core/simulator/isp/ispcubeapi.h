// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated ISPCube REST API: Sanctum login, the header checks ISPCube
// makes on every call ("<header> requerido"), token expiry, and the cached
// *_list endpoints with limit/offset paging, answered from IspCubeRenderer.
// handle() is the whole API as a function of the request, so it can be
// tested without sockets; install() routes an HttpServer's paths to it.
#pragma once

#include "ispcuberenderer.h"
#include "simulator/http/httpserver.h"
#include "simulatoroptions.h"
#include "tokenstore.h"

#include <atomic>
#include <memory>

namespace Beholder::Sim {

class IspCubeApi final
{
public:
    IspCubeApi(std::shared_ptr<const SimDataset> dataset, IspCubeOptions options, SimulatorCredentials credentials);
    Q_DISABLE_COPY_MOVE(IspCubeApi)

    // Runs in the server's thread.
    HttpResponse handle(const HttpRequest &request);
    // Routes every path of `server` to handle(). The API must outlive the server.
    void install(HttpServer &server);

    // Thread-safe test controls: refuse every login and token (as after a
    // password change), or expire the tokens issued so far.
    void setCredentialsBroken(bool broken);
    void expireTokens();

    const IspCubeRenderer &renderer() const { return m_renderer; }

private:
    HttpResponse login(const HttpRequest &request);
    std::optional<HttpResponse> refuse(const HttpRequest &request) const;
    std::optional<HttpResponse> page(const HttpRequest &request, qsizetype *offset, qsizetype *limit) const;

    IspCubeRenderer m_renderer;
    IspCubeOptions m_options;
    SimulatorCredentials m_credentials;
    TokenStore m_tokens;
    std::atomic<bool> m_broken = false;
    std::atomic<int> m_tokenCounter = 0;
};

} // namespace Beholder::Sim
