// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon (SVG) to the bitmaps the
// installers need, with Qt's own SVG plugin, so no image tool is required.
//
//   beholder_iconrender ICON.svg SIZE:OUT.png ... SIZE,SIZE,...:OUT.ico ...
//
// An .ico holds one PNG-compressed image per size (readable since Windows Vista).
#include <QBuffer>
#include <QDataStream>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QList>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "beholder_iconrender: %s\n", qPrintable(message));
    return 1;
}

QImage render(const QString &svg, int side, QString *error)
{
    QImageReader reader(svg, "svg");
    reader.setScaledSize(QSize(side, side));
    QImage image = reader.read();
    if (image.isNull())
        *error = u"cannot render %1 at %2 px: %3 (is Qt's SVG image plugin installed? Debian: libqt6svg6)"_s.arg(
            svg, QString::number(side), reader.errorString());
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// ICONDIR, then one ICONDIRENTRY per image, then the PNG data, all little-endian.
QByteArray ico(const QList<QImage> &images)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << quint16(0) << quint16(1) << quint16(images.size());
    QList<QByteArray> data;
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const QImage &image : images) {
        data << png(image);
        const auto side = quint8(image.width() >= 256 ? 0 : image.width()); // 0 means 256
        stream << side << side << quint8(0) << quint8(0) << quint16(1) << quint16(32) << quint32(data.last().size())
               << offset;
        offset += quint32(data.last().size());
    }
    for (const QByteArray &bytes : std::as_const(data))
        stream.writeRawData(bytes.constData(), int(bytes.size()));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // No window is shown; the offscreen platform works on build machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() < 2)
        return fail(u"usage: beholder_iconrender ICON.svg SIZE:OUT.png ... SIZE,SIZE:OUT.ico ..."_s);
    const QString svg = arguments.constFirst();
    for (const QString &target : arguments.mid(1)) {
        const qsizetype colon = target.indexOf(u':');
        if (colon <= 0)
            return fail(u"“%1” is not SIZE:FILE"_s.arg(target));
        const QString file = target.mid(colon + 1);
        QList<QImage> images;
        for (const QString &size : target.left(colon).split(u',')) {
            bool ok = false;
            const int side = size.toInt(&ok);
            if (!ok || side < 1 || side > 1024)
                return fail(u"“%1” is not a size from 1 to 1024"_s.arg(size));
            QString error;
            images << render(svg, side, &error);
            if (images.last().isNull())
                return fail(error);
        }
        const bool isIco = file.endsWith(u".ico"_s, Qt::CaseInsensitive);
        if (!isIco && images.size() != 1)
            return fail(u"%1: a PNG holds one size"_s.arg(file));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(u"cannot write %1: %2"_s.arg(file, out.errorString()));
        const QByteArray bytes = isIco ? ico(images) : png(images.constFirst());
        if (out.write(bytes) != bytes.size() || !out.flush())
            return fail(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    }
    return 0;
}
