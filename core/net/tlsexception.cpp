// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsexception.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The context lupdate files these strings under (no Q_OBJECT here).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TlsException)
};

constexpr auto Group = "tls_exceptions"_L1;
constexpr qsizetype Sha256Bytes = 32;

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString dateText(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-dd"_s);
}

bool sameHost(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

bool TlsException::appliesTo(const QString &otherHost, quint16 otherPort) const
{
    return sameHost(host, otherHost) && (port == 0 || port == otherPort);
}

TlsException TlsException::fromPeer(const PeerCertificate &peer, const QDateTime &addedAt, bool anyPort)
{
    TlsException exception;
    exception.host = peer.host;
    exception.port = anyPort ? 0 : peer.port;
    exception.sha256 = peer.sha256;
    exception.subject = peer.subject;
    exception.expires = peer.expires.toUTC();
    exception.addedAt = addedAt.toUTC();
    return exception;
}

TlsExceptionList::TlsExceptionList(QList<TlsException> items)
    : m_items(std::move(items))
{ }

void TlsExceptionList::add(const TlsException &exception)
{
    for (TlsException &existing : m_items) {
        if (sameHost(existing.host, exception.host) && existing.port == exception.port) {
            existing = exception;
            return;
        }
    }
    m_items.append(exception);
}

bool TlsExceptionList::remove(const QString &host, quint16 port)
{
    return m_items.removeIf([&](const TlsException &e) { return sameHost(e.host, host) && e.port == port; }) > 0;
}

QList<TlsException> TlsExceptionList::forHost(const QString &host, quint16 port) const
{
    QList<TlsException> found;
    for (const TlsException &e : m_items) {
        if (e.appliesTo(host, port))
            found.append(e);
    }
    // The exact port first: its pin is the one a "changed" message quotes.
    std::stable_sort(found.begin(), found.end(),
                     [](const TlsException &a, const TlsException &b) { return a.port != 0 && b.port == 0; });
    return found;
}

bool TlsExceptionList::matches(const QString &host, quint16 port, const QSslCertificate &leaf) const
{
    if (leaf.isNull())
        return false;
    const QByteArray sha256 = certificateSha256(leaf);
    for (const TlsException &e : m_items) {
        if (e.appliesTo(host, port) && e.sha256 == sha256)
            return true;
    }
    return false;
}

TlsVerdict TlsExceptionList::check(const QString &host, quint16 port, const QSslCertificate &leaf,
                                   const QList<QSslError> &errors) const
{
    TlsVerdict verdict;
    verdict.peer = describeCertificate(leaf, host, port);
    const QList<TlsException> pins = forHost(host, port);
    for (const TlsException &pin : pins) {
        if (!leaf.isNull() && pin.sha256 == verdict.peer.sha256) {
            verdict.accepted = true;
            verdict.exception = pin;
            return verdict;
        }
    }
    const QString fingerprint = formatFingerprint(verdict.peer.sha256);
    if (leaf.isNull()) {
        verdict.reason = Tr::tr("%1 presented no certificate").arg(host);
    } else if (!pins.isEmpty()) {
        verdict.peer.pinnedSha256 = pins.constFirst().sha256;
        verdict.reason = Tr::tr("the certificate of %1 changed since it was trusted: trusted SHA-256 %2, presented "
                                "SHA-256 %3 (%4); refused until the new certificate is trusted")
                             .arg(host, formatFingerprint(pins.constFirst().sha256), fingerprint,
                                  explainSslErrors(errors, host).join(u"; "_s));
    } else {
        verdict.reason
            = Tr::tr("the certificate of %1 is not trusted: %2 (SHA-256 %3, %4)")
                  .arg(host, explainSslErrors(errors, host).join(u"; "_s), fingerprint, verdict.peer.subject);
    }
    return verdict;
}

std::function<bool(const QString &, quint16, const QSslCertificate &, const QList<QSslError> &)>
TlsExceptionList::hook() const
{
    return [list = *this](const QString &host, quint16 port, const QSslCertificate &leaf,
                          const QList<QSslError> &errors) { return list.check(host, port, leaf, errors).accepted; };
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(u':');
    hex.remove(u' ');
    static const QRegularExpression hexDigits(u"^[0-9A-Fa-f]{64}$"_s);
    if (!hexDigits.match(hex).hasMatch())
        return {};
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    return bytes.size() == Sha256Bytes ? bytes : QByteArray();
}

QByteArray certificateSha256(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    struct Attribute
    {
        QSslCertificate::SubjectInfo info;
        QLatin1StringView name;
    };
    static constexpr Attribute attributes[] = {
        {QSslCertificate::CommonName, "CN"_L1},          {QSslCertificate::OrganizationalUnitName, "OU"_L1},
        {QSslCertificate::Organization, "O"_L1},         {QSslCertificate::LocalityName, "L"_L1},
        {QSslCertificate::StateOrProvinceName, "ST"_L1}, {QSslCertificate::CountryName, "C"_L1},
    };
    QStringList parts;
    for (const Attribute &attribute : attributes) {
        const QStringList values
            = issuer ? certificate.issuerInfo(attribute.info) : certificate.subjectInfo(attribute.info);
        for (const QString &value : values)
            parts << attribute.name + u'=' + value;
    }
    return parts.join(u", "_s);
}

PeerCertificate describeCertificate(const QSslCertificate &certificate, const QString &host, quint16 port)
{
    PeerCertificate peer;
    peer.host = host;
    peer.port = port;
    if (certificate.isNull())
        return peer;
    peer.sha256 = certificateSha256(certificate);
    peer.subject = distinguishedName(certificate);
    peer.issuer = distinguishedName(certificate, true);
    peer.effective = certificate.effectiveDate().toUTC();
    peer.expires = certificate.expiryDate().toUTC();
    peer.selfSigned = certificate.isSelfSigned();
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            peer.names << it.value();
    }
    if (peer.names.isEmpty())
        peer.names = certificate.subjectInfo(QSslCertificate::CommonName);
    return peer;
}

QStringList explainSslErrors(const QList<QSslError> &errors, const QString &host)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        QString text;
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
            text = Tr::tr("the certificate is self-signed");
            break;
        case QSslError::SelfSignedCertificateInChain:
            text = Tr::tr("the certificate chain ends in a self-signed certificate this computer does not trust");
            break;
        case QSslError::CertificateExpired:
            text = certificate.isNull()
                ? Tr::tr("the certificate has expired")
                : Tr::tr("the certificate expired on %1").arg(dateText(certificate.expiryDate()));
            break;
        case QSslError::CertificateNotYetValid:
            text = certificate.isNull()
                ? Tr::tr("the certificate is not valid yet")
                : Tr::tr("the certificate is not valid before %1").arg(dateText(certificate.effectiveDate()));
            break;
        case QSslError::HostNameMismatch: {
            const QStringList names
                = certificate.isNull() ? QStringList() : describeCertificate(certificate, host, 0).names;
            text = names.isEmpty() ? Tr::tr("the certificate is not issued for %1").arg(host)
                                   : Tr::tr("the certificate is issued for %1, not %2").arg(names.join(u", "_s), host);
            break;
        }
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            text = certificate.isNull() ? Tr::tr("the certificate's issuer is not trusted by this computer")
                                        : Tr::tr("the certificate's issuer (%1) is not trusted by this computer")
                                              .arg(distinguishedName(certificate, true));
            break;
        case QSslError::CertificateRevoked:
            text = Tr::tr("the certificate has been revoked");
            break;
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidPurpose:
            text = Tr::tr("the certificate is not trusted for a server");
            break;
        case QSslError::CertificateSignatureFailed:
            text = Tr::tr("the certificate's signature is invalid");
            break;
        case QSslError::NoError:
            break;
        default:
            text = error.errorString();
            break;
        }
        if (!text.isEmpty() && !texts.contains(text))
            texts << text;
    }
    if (texts.isEmpty())
        texts << Tr::tr("the certificate could not be verified");
    return texts;
}

QStringList validateTlsException(const TlsException &exception, const QString &where)
{
    QStringList errors;
    const QString prefix = where + u'/';
    const QString host = exception.host;
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"_s);
    if (host.isEmpty())
        errors << prefix + Tr::tr("host: required: the host name or address the exception is for");
    else if (!hostName.match(host).hasMatch() && QHostAddress(host).isNull())
        errors << prefix
                + Tr::tr("host: must be a host name or IP address, without scheme, port or path (no wildcards)");
    if (exception.sha256.size() != Sha256Bytes)
        errors << prefix + Tr::tr("sha256: must be a SHA-256 fingerprint: 64 hex digits, e.g. AB:CD:…");
    return errors;
}

TlsExceptionsLoad loadTlsExceptions(const QString &settingsFile)
{
    TlsExceptionsLoad result;
    if (!QFileInfo::exists(settingsFile))
        return result;
    QSettings settings(settingsFile, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.errors << Tr::tr("%1: cannot be read as an INI file").arg(QFileInfo(settingsFile).fileName());
        return result;
    }
    const int count = settings.beginReadArray(Group);
    QList<std::pair<QString, quint16>> seen;
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString where = Group + u'/' + QString::number(i + 1);
        TlsException exception;
        QStringList errors;
        exception.host = settings.value(u"host"_s).toString().trimmed();
        const QString portText = settings.value(u"port"_s).toString().trimmed();
        if (!portText.isEmpty()) {
            bool ok = false;
            const int port = portText.toInt(&ok);
            if (!ok || port < 0 || port > 65535)
                errors << where + u'/' + Tr::tr("port: must be 0 (any port) or 1-65535");
            else
                exception.port = quint16(port);
        }
        const QString fingerprint = settings.value(u"sha256"_s).toString();
        exception.sha256 = parseFingerprint(fingerprint);
        exception.subject = settings.value(u"subject"_s).toString();
        for (const auto &[key, into] :
             {std::pair{u"expires"_s, &exception.expires}, std::pair{u"added_at"_s, &exception.addedAt}}) {
            const QString text = settings.value(key).toString().trimmed();
            if (text.isEmpty())
                continue;
            const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
            if (at.isValid())
                *into = at.toUTC();
            else
                result.warnings << where + u'/' + key + u": "_s
                        + Tr::tr("not an ISO 8601 date and time (2027-03-01T00:00:00Z); ignored");
        }
        errors << validateTlsException(exception, where);
        if (!errors.isEmpty()) {
            result.errors << errors;
            continue;
        }
        const std::pair<QString, quint16> key{exception.host.toLower(), exception.port};
        if (seen.contains(key)) {
            result.errors << where + u'/'
                    + Tr::tr("host: %1 has another exception for the same port; only the first applies")
                          .arg(exception.host);
            continue;
        }
        seen << key;
        result.exceptions.add(exception);
    }
    settings.endArray();
    if (!result.ok())
        qCWarning(lcNet).noquote() << "TLS exceptions in" << settingsFile << ":" << result.errors.join(u"; "_s);
    return result;
}

QStringList saveTlsExceptions(const QString &settingsFile, const TlsExceptionList &exceptions)
{
    QStringList errors;
    QList<std::pair<QString, quint16>> seen;
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        const TlsException &exception = exceptions.items().at(i);
        const QString where = Group + u'/' + QString::number(i + 1);
        errors << validateTlsException(exception, where);
        const std::pair<QString, quint16> key{exception.host.toLower(), exception.port};
        if (seen.contains(key))
            errors << where + u'/' + Tr::tr("host: %1 has another exception for the same port").arg(exception.host);
        seen << key;
    }
    if (!errors.isEmpty())
        return errors;

    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.remove(Group);
    settings.beginWriteArray(Group, int(exceptions.size()));
    for (qsizetype i = 0; i < exceptions.size(); ++i) {
        const TlsException &exception = exceptions.items().at(i);
        settings.setArrayIndex(int(i));
        settings.setValue(u"host"_s, exception.host);
        settings.setValue(u"port"_s, exception.port);
        settings.setValue(u"sha256"_s, formatFingerprint(exception.sha256));
        if (!exception.subject.isEmpty())
            settings.setValue(u"subject"_s, exception.subject);
        if (exception.expires.isValid())
            settings.setValue(u"expires"_s, isoUtc(exception.expires));
        if (exception.addedAt.isValid())
            settings.setValue(u"added_at"_s, isoUtc(exception.addedAt));
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        errors << Tr::tr("%1: could not be written").arg(QFileInfo(settingsFile).fileName());
    else
        qCInfo(lcNet) << "TLS exceptions saved:" << exceptions.size();
    return errors;
}

} // namespace Beholder
