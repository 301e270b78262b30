// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in rules' titles and reasons as translatable texts: RuleBook shows
// them in the operator's language (context "Triage::Rules"), falling back to
// the English of rules.json when a translation would not parse. Generated
// from rules.json by scripts/update-rule-strings.py.
#pragma once

#include <QList>

namespace Beholder::Triage {

// The English texts, as lupdate extracts them; tst_rulestrings checks that
// every title and reason of rules.json is here.
QList<const char *> builtInRuleTexts();

} // namespace Beholder::Triage
