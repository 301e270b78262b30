// SPDX-License-Identifier: GPL-3.0-or-later
// The triage thresholds editor (Tools ▸ Triage Thresholds).
#include "thresholdsdialog.h"

#include "access/accesspolicy.h"
#include "detailsection.h"
#include "tone.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Beholder {

using namespace Qt::Literals::StringLiterals;

namespace {

// The unit as a spin box suffix: counts and ratios are bare numbers.
QString suffixFor(const QString &unit)
{
    if (unit.isEmpty() || unit == u"count" || unit == u"ratio")
        return {};
    return u" "_s + unit;
}

// A spin box bounded by the threshold's range, with its decimals and unit.
class ThresholdDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        const auto *model = qobject_cast<const ThresholdsModel *>(index.model());
        if (!model)
            return nullptr;
        const Triage::ThresholdSpec spec = model->specAt(index.row());
        auto *editor = new QDoubleSpinBox(parent);
        editor->setObjectName(u"thresholdEditor"_s);
        editor->setFrame(false);
        editor->setDecimals(spec.wholeNumber ? 0 : qMax(spec.decimals, 0));
        editor->setRange(spec.minimum, spec.maximum);
        editor->setSingleStep(spec.wholeNumber ? 1.0 : std::pow(10.0, -qMax(spec.decimals, 0)));
        editor->setSuffix(suffixFor(spec.unit));
        editor->setAccelerated(true);
        editor->setKeyboardTracking(false);
        editor->setAccessibleName(spec.label);
        editor->setToolTip(spec.description);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *spin = static_cast<QDoubleSpinBox *>(editor);
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
};

} // namespace

ThresholdsModel::ThresholdsModel(const Triage::Thresholds &thresholds, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thresholds(thresholds)
    , m_specs(thresholds.specs())
{ }

void ThresholdsModel::setThresholds(const Triage::Thresholds &thresholds)
{
    beginResetModel();
    m_thresholds = thresholds;
    m_specs = thresholds.specs();
    endResetModel();
}

int ThresholdsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_specs.size(); ++row) {
        if (m_specs.at(row).id == id)
            return row;
    }
    return -1;
}

int ThresholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_specs.size());
}

int ThresholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ThresholdsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Triage::ThresholdSpec &spec = m_specs.at(index.row());
    const double value = m_thresholds.value(spec.id);
    const bool changed = !m_thresholds.isDefault(spec.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return spec.label;
        case ValueColumn:
            return Triage::Thresholds::formatValue(spec.id, value);
        case DefaultColumn:
            return Triage::Thresholds::formatValue(spec.id, spec.defaultValue);
        }
        break;
    case Qt::EditRole:
        if (index.column() == ValueColumn)
            return value;
        if (index.column() == DefaultColumn)
            return spec.defaultValue;
        return spec.label;
    case Qt::ToolTipRole: {
        const QString range = tr("From %1 to %2")
                                  .arg(Triage::Thresholds::formatValue(spec.id, spec.minimum),
                                       Triage::Thresholds::formatValue(spec.id, spec.maximum));
        return u"%1\n%2\n(%3)"_s.arg(spec.description, range, spec.id);
    }
    case Qt::FontRole:
        if (changed && index.column() != DefaultColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleDescriptionRole:
        return spec.description;
    case IdRole:
        return spec.id;
    default:
        break;
    }
    return {};
}

bool ThresholdsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const double number = value.toDouble(&ok);
    const QString id = m_specs.at(index.row()).id;
    QString error;
    if (!ok) {
        error = tr("“%1” is not a number").arg(value.toString());
    } else if (qFuzzyCompare(1.0 + number, 1.0 + m_thresholds.value(id))) {
        return true;
    } else if (m_thresholds.set(id, number, &error)) {
        m_lastError.clear();
        emit dataChanged(this->index(index.row(), NameColumn), this->index(index.row(), DefaultColumn));
        return true;
    }
    m_lastError = error;
    emit editRefused(error);
    return false;
}

Qt::ItemFlags ThresholdsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ThresholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Threshold");
    case ValueColumn:
        return tr("Value");
    case DefaultColumn:
        return tr("Default");
    }
    return {};
}

ThresholdsDialog::ThresholdsDialog(const QString &settingsFile, const Triage::Thresholds &current, QWidget *parent)
    : QDialog(parent)
    , m_settingsFile(settingsFile)
    , m_principal(Access::defaultPrincipalForFile(settingsFile))
    , m_model(new ThresholdsModel(current, this))
    , m_view(new QTableView(this))
    , m_description(new QLabel(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(u"thresholdsDialog"_s);
    setWindowTitle(tr("Triage Thresholds"));
    const int unit = fontMetrics().averageCharWidth();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    auto *intro = new QLabel(tr("The numbers behind every verdict of this profile. Change them to fit your plant; "
                                "a bold value differs from the default. Double-click a value, or select it and "
                                "press F2, to edit it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_view->setObjectName(u"thresholdsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ThresholdsModel::ValueColumn, new ThresholdDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ThresholdsModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ThresholdsModel::ValueColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ThresholdsModel::DefaultColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setMinimumSectionSize(unit * 14);
    m_view->setAccessibleName(tr("Triage thresholds"));
    layout->addWidget(m_view, 1);

    // What the selected threshold decides, and its range.
    m_description->setObjectName(u"thresholdDescription"_s);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    setLabelTone(m_description, Tone::Muted);
    layout->addWidget(m_description);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid()) {
            m_description->clear();
            return;
        }
        const Triage::ThresholdSpec spec = m_model->specAt(current.row());
        m_description->setText(tr("%1. From %2 to %3; default %4.")
                                   .arg(spec.description, Triage::Thresholds::formatValue(spec.id, spec.minimum),
                                        Triage::Thresholds::formatValue(spec.id, spec.maximum),
                                        Triage::Thresholds::formatValue(spec.id, spec.defaultValue)));
    });

    m_message->setObjectName(u"thresholdsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset to &Defaults"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThresholdsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &ThresholdsDialog::resetToDefaults);
    connect(m_model, &ThresholdsModel::dataChanged, this, &ThresholdsDialog::updateState);
    connect(m_model, &ThresholdsModel::modelReset, this, &ThresholdsDialog::updateState);
    connect(m_model, &ThresholdsModel::editRefused, this,
            [this](const QString &error) { showMessage(tr("Not changed: %1").arg(error), true); });

    m_view->setCurrentIndex(m_model->index(0, ThresholdsModel::ValueColumn));
    resize(unit * 100, fontMetrics().height() * 42);
    updateState();
}

QString ThresholdsDialog::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ThresholdsDialog::resetToDefaults()
{
    Triage::Thresholds thresholds = m_model->thresholds();
    thresholds.resetToDefaults();
    m_model->setThresholds(thresholds);
}

void ThresholdsDialog::setAccess(const Access::Principal &principal, const Access::AuditLog *audit)
{
    m_principal = principal;
    m_audit = audit;
}

bool ThresholdsDialog::save()
{
    const Triage::Thresholds thresholds = m_model->thresholds();
    QString error;
    if (!thresholds.save(m_settingsFile, m_principal, m_audit, &error)) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    emit saved(thresholds);
    accept();
    return true;
}

void ThresholdsDialog::updateState()
{
    const QStringList problems = m_model->thresholds().inconsistencies();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problems.isEmpty());
    if (!problems.isEmpty())
        showMessage(problems.join(u'\n'), true);
    else
        showMessage({}, false);
}

void ThresholdsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setLabelTone(m_message, error ? Tone::Critical : Tone::Muted);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Beholder
