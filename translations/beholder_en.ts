<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Beholder::AuditLogWindow</name>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::ConnectionProbe</name>
    <message numerus="yes">
        <source>customers_list answered (%n customer(s) on a first page of 1)</source>
        <translation>
            <numerusform>customers_list answered (%n customer on a first page of 1)</numerusform>
            <numerusform>customers_list answered (%n customers on a first page of 1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>system/get_olts answered (%n OLT(s))</source>
        <translation>
            <numerusform>system/get_olts answered (%n OLT)</numerusform>
            <numerusform>system/get_olts answered (%n OLTs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>alarms answered (%n alarm(s) on a first page of 1)</source>
        <translation>
            <numerusform>alarms answered (%n alarm on a first page of 1)</numerusform>
            <numerusform>alarms answered (%n alarms on a first page of 1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::CustomerPanel</name>
    <message numerus="yes">
        <source>The PPPoE user is configured on %n routers.</source>
        <translation>
            <numerusform>The PPPoE user is configured on %n router.</numerusform>
            <numerusform>The PPPoE user is configured on %n routers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last hour</source>
        <translation>
            <numerusform>%n in the last hour</numerusform>
            <numerusform>%n in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in 24 h</source>
        <translation>
            <numerusform>%n in 24 h</numerusform>
            <numerusform>%n in 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::DetailSection</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::MainWindow</name>
    <message numerus="yes">
        <source>TLS exception: %1</source>
        <translation>
            <numerusform>TLS exception: %1</numerusform>
            <numerusform>TLS exceptions: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::SettingsDialog</name>
    <message numerus="yes">
        <source>Saving %n secret(s) in the system keychain…</source>
        <translation>
            <numerusform>Saving %n secret in the system keychain…</numerusform>
            <numerusform>Saving %n secrets in the system keychain…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Beholder::Snmp::SnmpAdminWindow</name>
    <message numerus="yes">
        <source>Delete %n brand(s)? Their OIDs are deleted too; their OLTs go back to detection.</source>
        <translation>
            <numerusform>Delete %n brand? Its OIDs are deleted too; its OLTs go back to detection.</numerusform>
            <numerusform>Delete %n brands? Their OIDs are deleted too; their OLTs go back to detection.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OLT(s)? Their executions, ONUs and stored secrets are deleted too.</source>
        <translation>
            <numerusform>Delete %n OLT? Its executions, ONUs and stored secrets are deleted too.</numerusform>
            <numerusform>Delete %n OLTs? Their executions, ONUs and stored secrets are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n OID(s)?</source>
        <translation>
            <numerusform>Delete %n OID?</numerusform>
            <numerusform>Delete %n OIDs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)? Their executions are deleted too.</source>
        <translation>
            <numerusform>Delete %n job? Its executions are deleted too.</numerusform>
            <numerusform>Delete %n jobs? Their executions are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s).</source>
        <translation>
            <numerusform>Deleted %n row.</numerusform>
            <numerusform>Deleted %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n row(s).</source>
        <translation>
            <numerusform>Enabled %n row.</numerusform>
            <numerusform>Enabled %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n row(s).</source>
        <translation>
            <numerusform>Disabled %n row.</numerusform>
            <numerusform>Disabled %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n job(s) on their enabled OLTs.</source>
        <translation>
            <numerusform>Queued %n job on its enabled OLTs.</numerusform>
            <numerusform>Queued %n jobs on their enabled OLTs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: queued %n execution(s).</source>
        <translation>
            <numerusform>%1: queued %n execution.</numerusform>
            <numerusform>%1: queued %n executions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked to cancel %n execution(s).</source>
        <translation>
            <numerusform>Asked to cancel %n execution.</numerusform>
            <numerusform>Asked to cancel %n executions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days %1 h</source>
        <translation>
            <numerusform>%n day %1 h</numerusform>
            <numerusform>%n days %1 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
