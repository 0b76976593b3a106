#!/usr/bin/env bash
# Refresh the Qt Linguist sources (resources/i18n/*.ts) from the tr() calls in src/newsdesk.
# Messages carry no line numbers (-locations none), so an edit elsewhere in a file never
# touches the translations. New strings arrive untranslated: translate them in Qt Linguist
# (pyside6-linguist) or in the .ts file, then look at the app in both languages.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files 'src/newsdesk/*.py')
for ts in resources/i18n/newsdesk_*.ts; do
  .venv/bin/pyside6-lupdate -locations none "${sources[@]}" -ts "$ts"
done
