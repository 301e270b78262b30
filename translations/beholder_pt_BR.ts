<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Beholder::BackgroundTaskWidget</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the background work; the data already cached stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::CacheStatusWidget</name>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cached data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is more than a day old: sync to refresh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connections, %2 PPP secrets, %3 routers, %4 OLTs, %5 ONUs, %6 access points, %7 antennas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last run: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::CredentialStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid secret name: use 1 to %2 characters among letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;/&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret contains a NUL character, which the OS keychain cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret &quot;%1&quot; is stored for profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (Secret Service / KWallet not running): Beholder cannot store or read passwords for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available: Beholder cannot store or read passwords for profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused access to the passwords of profile %1 (it is locked or access was denied): unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer within %1 s for profile %2 (is an unlock prompt waiting?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain failed for profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::CustomerPanel</name>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PPPoE user exists on a router but no CRM connection names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM ≠ router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRM names another router than the one that holds the PPP secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNI/CUIT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed. The values below are from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. The values below are from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered but knows nothing about this device; the values below are from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without data (%2); the values below are from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM connection or PPP secret points to this ONU. If the customer&apos;s own router dials PPPoE (a bridged ONU), search for the customer&apos;s name or address to find their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM connection or PPP secret points to this antenna. Search for the customer&apos;s name or address to find their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the cache could not be read, so some sections may be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   (CRM: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no connection in the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CRM: the PPPoE user “%1” exists on %2, but no CRM connection names it. Diagnose the line as usual, and have the CRM fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM and router disagree: the CRM says %1, but the PPP secret is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router holds a PPP secret for “%1”: the customer cannot connect with this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The PPPoE user is configured on %n routers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CRM node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (as the CRM says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled on the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartOLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT frame/board/port:ONU index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last down cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok from %1 to %2 dBm; weak to %3 dBm; below that, or above %1 dBm, a technician is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading (ONU offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ONU in the cache is configured with the PPPoE user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnMaestro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antennas on the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok down to %1 dBm; weak down to %2 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok from %1 dB; weak down to %2 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading (antenna offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No antenna in the cache matches this connection&apos;s MAC or PPPoE user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache has nothing more about this result: it may have been removed by the last sync. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAC address of the customer&apos;s router, as the PPPoE server sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PPPoE session of “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 whether “%2” is connected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the session is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: the router did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered but knows nothing about “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without data: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not checked: no router of this profile is asked about “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is not checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the session cannot be checked now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a session record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router is asked about this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in 24 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   %1 % of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::DemoIsp</name>
    <message>
        <source>Starting the simulated ISP (%1 customers)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated ISP did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo&apos;s OLTs over SNMP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the simulated ISP&apos;s sources could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the demo&apos;s credentials in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain: the demo&apos;s throw-away credentials are kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s throw-away credentials are kept in memory for this session. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::DetailSection</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asked live from %1 during this diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data is more than a day old: it may have changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this data was fetched from its source (the cache, as of the last sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who said it, and when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Diagnosis::DiagnosisService</name>
    <message>
        <source>No connection or router secret has the PPPoE user &quot;%1&quot; in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not this line&apos;s equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the cache answers alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RouterOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartOLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnMaestro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials in the keychain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the answer came too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartOLT did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ONU&apos;s history (full status) did not come in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cnMaestro did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::DiagnosisPanel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch this PPPoE user&apos;s traffic second by second, from the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the verdict, findings and key facts on the clipboard, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the live sources again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every source answered, so the verdict rests on fewer facts. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no live source was asked. These findings rest on the cache, as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong found in what the sources said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this finding alone calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PON port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 ONUs on %2 are up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ONUs on %3 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ONUs on %3 down since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by LOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by power failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access point %1 itself is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access point %1 itself is down since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 antennas on %2 are up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 antennas on %3 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 antennas on %3 down since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wave of dropped sessions on %1 (%2 sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 dropped together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions on %3 dropped together since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT over SNMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the router cannot be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No router holds a PPP secret for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::InstabilityStrip</name>
    <message>
        <source>The last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session started%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session ended%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ONU down%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ONU back online%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session up since %1; its end is not logged, and it is down now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session up %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU never down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 LOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU down once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU down %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no optical history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx %1 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx %1 … %2 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PPPoE session now (the router, live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ONU Rx %2 dBm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::LiveTrafficWindow</name>
    <message>
        <source>Live traffic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s cache is not open, so the router that holds %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the router that holds %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up %1 in the cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above %1 % of the plan for at least %2 s: the line is full, not broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the plan (busier direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated (≥ %1 % for %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic — %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1: ↓ %2 / ↑ %3 Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan speeds unknown (the CRM names no plan with speeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked in the CRM: found in the router&apos;s PPP secrets; plan speeds unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is disabled on the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CRM names another router (node %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store: the password of %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no password for %1 (key %2): set it in the profile&apos;s sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first sample from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — trying again every second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturated for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::MainWindow</name>
    <message>
        <source>Diagnosis summary copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every source of this profile into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Sync &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load or Refresh &amp;Demo ISP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage &amp;Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers behind the verdicts of this profile (for administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SNMP Monitoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLTs polled over SNMP: brands, OLTs, OIDs, jobs, executions and ONU data (for administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Beholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 sources done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly sync not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo credentials in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile has no sources yet: import its description with beholder-cli profile import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beholder — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a customer, then pick a result to see everything about their service here.

Ctrl+K  search    ·    ↓  results    ·    Enter  open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details could not be read from the cache:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some triage thresholds in settings.ini were not valid; the defaults are used for them (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   showing the best %1: type more to narrow it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of profile “%1” cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo ISP is being synced from the simulated ISP…
Search works as soon as the sync is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync is running…
Search works as soon as it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached data in profile “%1”.
Sync it: Data ▸ Sync Now (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached data in profile “%1”.
Import its sources (beholder-cli profile import), or load the demo ISP (Data ▸ Load or Refresh Demo ISP…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search: a name, DNI/CUIT, phone, address, PPPoE user, ONU serial, MAC or IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed. The cache may be damaged or busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage thresholds saved; they apply from the next diagnosis (F5 re-checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing the demo ISP from the simulated ISP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profiles yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile keeps one ISP&apos;s cache, settings and logs apart from the others.
Name (letters, digits, &apos;-&apos; and &apos;_&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a simulated ISP with this many customers on this computer and sync the “%1” profile from it, as from a real ISP. It replaces that profile&apos;s data; no other profile is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beholder switches to the “%1” profile to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Demo ISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Beholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Beholder %1&lt;/h3&gt;&lt;p&gt;Find any customer in milliseconds and see in one screen what is wrong with their fibre or wireless service.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3).&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::ProfileSession</name>
    <message>
        <source>the cache could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::ResultsDecorationModel</name>
    <message>
        <source>An ONU that no CRM connection or PPPoE user points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An antenna that no CRM connection or PPPoE user points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer without any connection in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::ResultsView</name>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy PPPoE User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ONU Serial / MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SearchField</name>
    <message>
        <source>Search name, DNI, phone, address, PPPoE user, ONU serial, MAC or IP   (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SearchResultModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE user %1 exists on router %2 but no CRM connection names it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact match of an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNI/CUIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU / antenna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::BrandDialog</name>
    <message>
        <source>Edit Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2011 for Huawei, 3902 for ZTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enterprise number (PEN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise number is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::JobDialog</name>
    <message>
        <source>Run on its interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OLTs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;IDs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::OidDialog</name>
    <message>
        <source>Edit OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hwGponDeviceOntSn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.3.6.1.4.1.2011.6.128.1.1.2.43.1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::OltDialog</name>
    <message>
        <source>Poll this OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SNMPv3 context name, for agents that serve several contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authPriv (SHA + AES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authNoPriv (SHA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noAuthNoPriv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from sysObjectID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth password (SHA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riv password (AES):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor p&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the community is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the auth password is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priv password is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OLT was saved, but there is no keychain for its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OLT was saved, but the keychain refused its secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::SnmpAdminWindow</name>
    <message>
        <source>SNMP Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP monitoring is not running for this profile, so nothing can be sent to the OLTs from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search OLTs by name, host, brand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue every enabled job of the selected OLTs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test SNMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the OLT who it is (sysDescr, sysObjectID) and which profile reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OLTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search OIDs by name, OID, purpose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the selected jobs on each of their enabled OLTs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected pending or running executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;LT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an execution to see its attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xecutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ONUs by serial, description, port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an ONU to see the raw values its walks stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;NU Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the SNMP configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read execution #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution #%1: %2 on %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resumes #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the attempts of execution #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the ONUs of this OLT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw values of ONU %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the raw values of this ONU: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n brand(s)? Their OIDs are deleted too; their OLTs go back to detection.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OLT(s)? Their executions, ONUs and stored secrets are deleted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OID(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)? Their executions are deleted too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The OLT was deleted, but its secrets are still in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) on their enabled OLTs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: queued %n execution(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as expected:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysDescr: %1
sysObjectID: %2
sysName: %3
Vendor: %4
Model: %5
Profile: %6
Answered in %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ships for this OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test SNMP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asked to cancel %n execution(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::SnmpTableTab</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SourceStatusWidget</name>
    <message>
        <source>never synced successfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last success %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✗ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    last run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    its previous data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    a sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⊘ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ⊘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    last run: %1; the previous data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SyncEngine</name>
    <message>
        <source>a sync is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no protocol clients are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is not configured for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile has no sources to sync: import a profile description or set them up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no client for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled; the previous data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 routers failed (their previous secrets are kept), e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the index rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index rebuild was canceled; the next sync redoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index rebuild was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SyncPanel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sync from the simulated ISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; every source not finished yet keeps its previous data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync in this session yet. Data ▸ Sync Now fetches every source of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1 items to the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching: %1 of %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching: %1 items so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   in %2   (%3 items fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 unchanged; %5 items fetched in %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   ·   warnings: %1 (see the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the previous data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data this source synced before is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled; the previous data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 canceled at %2; the sources not finished keep their previous data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished at %2 in %3: %4 of %5 sources failed; their previous data is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished at %2 in %3: every source succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 canceled before it started; the data is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started at %2: %3 of %4 sources done…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::SyncSession</name>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the simulated ISP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sources in %1 are not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile “%1” has no sources to sync: import its description first (beholder-cli profile import FILE --profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain lacks these secrets of profile “%1”: %2. Set them with beholder-cli profile set-secret KEY --profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::ThresholdsDialog</name>
    <message>
        <source>Triage Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers behind every verdict of this profile. Change them to fit your plant; a bold value differs from the default. Double-click a value, or select it and press F2, to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. From %2 to %3; default %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::ThresholdsModel</name>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beholder::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIAGNOSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up “%1” in the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing wrong found in what the sources said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the findings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE — cached facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network: this verdict rests on the cache alone, as of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary · checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preliminary · checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminary: live sources are still answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetMeter</name>
    <message>
        <source>%1 budget: no hourly limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget: %2 of %3 calls left this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  no call before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ·  %1 (%2 per hour): next call at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch the cache %1 to WAL mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProfile</name>
    <message>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo ISP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE: facts from the cache only.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(live checks still running)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE session up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session starts in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna RSSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antenna SNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic, % of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Neighbours on %1: %2 of %3 down
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source down: %1 — %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1 by Beholder
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Mbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ %1   ↑ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1  ~%2  −%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache has schema version %1, newer than this Beholder understands (%2): it was written by a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDescription</name>
    <message>
        <source>the file is larger than %1 MiB: not a profile description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: required (&quot;%1&quot;); is this a Beholder profile description?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;%1&quot; is newer than this Beholder reads (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be &quot;%1&quot;; this is not a Beholder profile description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: ispcube, smartolt, cnmaestro or routeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ispcube, smartolt, cnmaestro, routeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no secret here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a secret of %1 (it takes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the node (nodes.id in the CRM) this router is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a secret of a router (it takes password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty; leave it out to set it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snmp::SnmpStore</name>
    <message>
        <source>the name &quot;%1&quot; is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise number %1 is already %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no brand with enterprise number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SmartOLT OLT with id %1 in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the brand already has the OID %1 under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execution %1 is %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an execution ends as success, failed or interrupted, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ONU with serial %1 on any OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to something that does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no brand with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OLT with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OID with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no job with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no execution with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snmp::Validation</name>
    <message>
        <source>the name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enterprise number must be a positive number (Huawei is 2011)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address or a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP v3 needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNMP v3 user name is too long: at most 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNMP v3 context name is too long: at most 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a vendor profile id: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no brand with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OID needs a brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OID: write numbers separated by dots, like 1.3.6.1.2.1.1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purpose is required (serial, rx_power, run_state...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a purpose: use lower-case letters, digits and &apos;_&apos;, like rx_power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be between %1 s and %2 s (30 days), not %3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnmpAdminColumns</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dying gasp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initializing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise (PEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected from sysObjectID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLTs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PON port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last down cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tx dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT Rx dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optical at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFetchers</name>
    <message>
        <source>full ONU listing not refreshed (%1): status and optical power were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routers: canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 routers failed, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceSettings</name>
    <message>
        <source>: a secret does not belong in settings.ini and is ignored; store it in the OS keychain and delete it from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown setting, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as an INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the sources were saved by a newer Beholder (format %1; this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: unknown source, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a router&apos;s group must be named by its node id (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: refusing to write a secret to settings.ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceValidation</name>
    <message>
        <source>not used by routeros: each router has its own host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the OAuth client id of the cnMaestro API client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the ISPCube API user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the ISPCube company id (client-id header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by cnmaestro: its OAuth client id goes in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by routeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive node id (nodes.id in the CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the router&apos;s host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8728 is the plain API port; API-SSL usually listens on 8729</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8729 is the API-SSL port; set tls to true or use 8728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the RouterOS API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node id %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another router has the same host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the API&apos;s base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with https:// (or http://)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a user name or password: secrets belong in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not have a query (?...) or fragment (#...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses plain http: credentials and customer data travel unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceWriter</name>
    <message>
        <source>%1 %2 left out: they refer to something the source did not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ONUs are new since the last full listing: they appear after the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the search index for rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>a sync of this profile is already running (%1, process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the sync lock %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>overload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::Expression</name>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fact name cannot end with &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;&amp;&amp;&apos; instead of &apos;and&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;||&apos; instead of &apos;or&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use &apos;!&apos; instead of &apos;not&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a threshold name after &apos;$&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only \&apos; and \\ may follow a backslash in &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text that starts here is not closed with &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;=&apos; alone is not an operator: compare with &apos;==&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;&amp;&apos; alone is not an operator: use &apos;&amp;&amp;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;|&apos; alone is not an operator: use &apos;||&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text goes in single quotes: &apos;like this&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator or the end, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true or false on both sides, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;!&apos; needs true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot compare %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained: join them with &apos;&amp;&amp;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list after &apos;in&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number after &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;[&apos; here is not closed with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list holds numbers, &apos;text&apos;, true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list mixes %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in&apos; looks for %1 in a list of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; needs a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;(&apos; after &apos;known&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known() takes a fact name, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; after the fact name in known()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition ends where a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a fact, a $threshold, a number, &apos;text&apos;, true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::Reason</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than 4000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;}&apos; without a matching &apos;{&apos; (write &apos;}}&apos; for a brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[[&apos; inside &apos;[[ ]]&apos;: optional parts do not nest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;]]&apos; without a matching &apos;[[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{&apos; is not closed with &apos;}&apos; (write &apos;{{&apos; for a brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{}&apos; names no fact or threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{%1}&apos; is not a fact or threshold name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown threshold &apos;$%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;:%1&apos; (use 0-6, time, duration, duration_s, age or pct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:age&apos; is for facts, not thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;:%1&apos; needs a number, and &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[[&apos; is not closed with &apos;]]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::RuleBook</name>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;when&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;when&apos; reads unknown fact &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reason&apos;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;reason&apos; quotes unknown fact &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; must be lower-case words joined by dots, like &apos;fibre.los&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;variants&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes nothing: give it a verdict, severity, title or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rules file is a JSON object with &quot;format&quot; and &quot;rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; at the top of the rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rules&quot; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos; (rules %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules file has no rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule applies to what is known so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::Severity</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::Thresholds</name>
    <message>
        <source>ONU Rx warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx weaker than this: weak signal (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx critical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx weaker than this: below the optical budget (DISPATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx overload level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx stronger than this: overload, needs an attenuator (DISPATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT Rx warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLT Rx of the ONU weaker than this: weak upstream (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optical drift warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONU Rx weaker by this much than a week ago: a fibre getting worse (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated power failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power failures in 24 h that make it a DISPATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR below this: weak radio link (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR critical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNR below this: misaligned or obstructed (DISPATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI weaker than this: low signal (warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI critical level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSSI weaker than this: low signal (DISPATCH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session starts for flapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPoE session starts in an hour that make it flapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live traffic at or above this share of the plan is saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturation duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long traffic must stay saturated (the live chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PON outage: ONUs down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PON port outage needs at least this many ONUs down together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PON outage: share of the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and at least this share of the port&apos;s ONUs (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PON outage: window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... down within this many minutes of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP outage: subscriber modules down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access point outage needs at least this many SMs down together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP outage: share of the AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and at least this share of the access point&apos;s SMs (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP outage: window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router outage: sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A router outage needs at least this many sessions dropped together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router outage: share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and at least this share of the router&apos;s sessions (0-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router outage: window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... dropped within this many minutes of each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live source timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each live source may take to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ONU Rx critical level (%1) must not be above the warning level (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ONU Rx warning level (%1) must be below the overload level (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SNR critical level (%1) must not be above the warning level (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSSI critical level (%1) must not be above the warning level (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown threshold &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read; the thresholds are the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; using the default, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thresholds contradict each other: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Triage::Verdict</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REMOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMINISTRATIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER SIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASS OUTAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Beholder cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and diagnosis console for fibre and wireless ISPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep profiles and settings in DIR (default: $%1 or the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile NAME (default: the last one used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo profile and sync it from a simulated ISP that runs in this process on 127.0.0.1, as from a real ISP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers of the simulated ISP (default: 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-customers needs a number from 1 to 1000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo opens the “%1” profile; it cannot be combined with --profile %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
