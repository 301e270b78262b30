// SPDX-License-Identifier: GPL-3.0-or-later
// What the simulated ISP serves and in which dialect. Real tenants disagree
// on envelopes, token shapes and field types (external-apis.md ⚠ notes);
// each choice here is one of those variants, so the clients can be tested
// against all of them with the same data.
#pragma once

#include "demo/demogenerator.h"
#include "demo/demoscenarios.h"
#include "model/entities.h"

#include <QDateTime>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

namespace Beholder::Sim {

// POST /api/sanctum/token: production, the Postman doc and some clients disagree.
enum class IspCubeTokenFormat {
    Object,     // {"token":"5|abc..."} (production)
    BareString, // "5|abc..." (Postman doc)
    DataObject, // {"data":{"token":"5|abc..."}}
};

// GET /api/nodes/nodes_list: a bare array or wrapped in {"data":[...]}.
enum class IspCubeNodesShape {
    BareArray,
    DataObject,
};

// How plans_list carries the plan's speed (not confirmed by any source).
enum class IspCubePlanSpeed {
    KbpsFields, // "speed_down":300000,"speed_up":150000 (integers, kbit/s)
    Text,       // "speed":"300 Mbps / 150 Mbps" (download / upload)
};

struct IspCubeOptions
{
    IspCubeTokenFormat tokenFormat = IspCubeTokenFormat::Object;
    IspCubeNodesShape nodesShape = IspCubeNodesShape::BareArray;
    IspCubePlanSpeed planSpeed = IspCubePlanSpeed::KbpsFields;
    int tokenLifetimeSeconds = 24 * 3600;
    // Largest page the server returns whatever `limit` asks for; 0 = no cap.
    // A cap makes "stop at the first short page" clients stop too early.
    int maxPageSize = 0;
    QString province = QStringLiteral("Córdoba"); // city.province of every customer
};

// GET /api/system/get_olts: the live envelope or the hand-made collection's.
enum class SmartOltOltsEnvelope {
    Response, // {"status":true,"response_code":"success","response":[{"id":"2",...}]} (strings)
    Olts,     // {"status":true,"olts":[{"id":2,...,"telnet_port":23}]} (numbers)
};

// get_onu_full_status_info: full_status_json as an object or JSON-encoded in a string.
enum class SmartOltFullStatusJson {
    Object,
    String,
    Alternate, // object and string in turns, request by request
};

struct SmartOltOptions
{
    SmartOltOltsEnvelope oltsEnvelope = SmartOltOltsEnvelope::Response;
    SmartOltFullStatusJson fullStatusJson = SmartOltFullStatusJson::Object;
    int callsPerHour = 1000;        // the account's budget; 429 + Retry-After beyond it; 0 = unlimited
    int unpagedDetailsPerHour = 15; // get_all_onus_details without `page`; 0 = no extra limit
};

// cnMaestro 6.1 devices carry "online": true|false; v1 and older carry "status": "online"|"offline".
enum class CnMaestroStatusField {
    OnlineBoolean,
    StatusString,
};

struct CnMaestroOptions
{
    CnMaestroStatusField statusField = CnMaestroStatusField::OnlineBoolean;
    int tokenLifetimeSeconds = 3600; // "expires_in"
    int maxPageSize = 0;             // 0 = honour any `limit`
};

// Credentials the simulated sources accept. Empty fields are filled with
// random values per Simulator instance (so no test can depend on a
// hard-coded password); set them to get fixed ones.
struct SimulatorCredentials
{
    QString ispCubeUser;
    QString ispCubePassword;
    QString ispCubeApiKey;
    QString ispCubeClientId;
    QString smartOltToken;
    QString cnMaestroClientId;
    QString cnMaestroClientSecret;
    QString routerUser;
    QString routerPassword; // the same for every router when set; random per router otherwise
};

struct SimulatorOptions
{
    // The data: an explicit dataset when given, otherwise Demo::generateDemoIsp(demo) (its dataset, scenarios
    // and live state).
    std::optional<IspDataset> dataset;
    Demo::DemoOptions demo;
    // With an explicit dataset: what the routers say live that the dataset does not hold (sessions down
    // although the line is up, session starts for the log, saturated lines). Ignored without a dataset.
    Demo::DemoLiveState live;
    // "Now" for every relative time served (status_time, durations, uptimes).
    // 0 = demo.now, or the current time when that is 0 too.
    UnixTime now = 0;
    // The sources print local times without a zone, as the real ones do: in this computer's zone by default,
    // which is the zone the clients read them in until a profile names its ISP's own.
    int utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();

    IspCubeOptions ispCube;
    SmartOltOptions smartOlt;
    CnMaestroOptions cnMaestro;
    SimulatorCredentials credentials;

    // With a certificate, every API is served over TLS with it (HTTPS, RouterOS API-SSL): a "real" ISP whose
    // servers have self-signed certificates, for the TLS exception and connection-test tests.
    QSslCertificate tlsCertificate = QSslCertificate(); // not "{}": its default constructor is explicit
    QSslKey tlsKey;
};

} // namespace Beholder::Sim
