// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "uilogging.h"

#include <QIconEngine>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace Beholder::Icons {

using namespace Qt::Literals::StringLiterals;

namespace {

// A status dot is a colour, not artwork: painted, so any colour works.
class DotIconEngine final : public QIconEngine
{
public:
    explicit DotIconEngine(QColor color)
        : m_color(color)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const double side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4);
        painter->setPen(QPen(m_color.darker(125), side / 20.0));
        painter->setBrush(m_color);
        painter->drawEllipse(QRectF(rect).center(), side / 4.0, side / 4.0);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new DotIconEngine(m_color); }
    QString key() const override { return u"beholder-dot"_s; }

private:
    QColor m_color;
};

// No static cache on purpose: an icon outliving QApplication would free its
// pixmaps after the GUI is gone. Callers that draw often keep their own copy.
QIcon load(const QString &name)
{
    // Qt's SVG plugins (Debian: libqt6svg6; Windows: deployed by windeployqt)
    // render the artwork. QIcon(file) is never null, so say it when they are missing.
    static const bool svgAvailable = [] {
        const bool available = QImageReader::supportedImageFormats().contains("svg");
        if (!available)
            qCWarning(lcUi) << "Qt's SVG image plugin is not installed: icons will be blank (install libqt6svg6)";
        return available;
    }();
    Q_UNUSED(svgAvailable)
    return QIcon(u":/beholder/icons/"_s + name + u".svg"_s);
}

} // namespace

QIcon application()
{
    return load(u"beholder"_s);
}

QIcon fiber()
{
    return load(u"fiber"_s);
}

QIcon wireless()
{
    return load(u"wireless"_s);
}

QIcon warning()
{
    return load(u"warning"_s);
}

QIcon search()
{
    return load(u"search"_s);
}

QIcon severityCritical()
{
    return load(u"severity-critical"_s);
}

QIcon severityInfo()
{
    return load(u"severity-info"_s);
}

QPixmap glyph(const QString &name, int side, qreal devicePixelRatio, const QColor &color)
{
    const int pixels = qMax(1, qRound(side * devicePixelRatio));
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        load(name).paint(&painter, QRect(0, 0, pixels, pixels));
    }
    image = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = line[x];
            // Darkness times coverage: black ink keeps its alpha, white ink becomes a hole.
            const int alpha = qAlpha(pixel) * (255 - qGray(pixel)) / 255;
            line[x] = qRgba(color.red(), color.green(), color.blue(), alpha * color.alpha() / 255);
        }
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon dot(const QColor &color)
{
    return QIcon(new DotIconEngine(color));
}

} // namespace Beholder::Icons
