#!/usr/bin/env bash
# Mutation testing of the core functions with mutmut (not in CI: about half an hour on 2 cores).
# Configuration (files, test selection) in pyproject.toml [tool.mutmut]; results in
# docs/testing.md. Needs the extra: .venv/bin/pip install -e '.[mutation]'.
#   bash tools/mutation_core.sh            # run, then list the survivors
#   .venv/bin/mutmut show <mutant name>    # the diff of one mutant
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

FUNCTIONS=(
  # working-day arithmetic
  'jbn_selfscan.domain.calendar.xǁWorkdayCalendarǁadd_workdays*'
  'jbn_selfscan.domain.calendar.xǁWorkdayCalendarǁworkdays_between*'
  'jbn_selfscan.domain.calendar.xǁWorkdayCalendarǁ_weekday_holidays_between*'
  'jbn_selfscan.domain.calendar.xǁWorkdayCalendarǁis_workday*'
  'jbn_selfscan.domain.calendar.x__weekdays_up_to*'
  'jbn_selfscan.domain.calendar.x_add_weeks*'
  'jbn_selfscan.domain.calendar.x_add_months*'
  'jbn_selfscan.domain.calendar.x_days_in_month*'
  # the deadline engine
  'jbn_selfscan.domain.deadlines.*'
  # BSN elfproef and the guard
  'jbn_selfscan.domain.guard.x_passes_elfproef*'
  'jbn_selfscan.domain.guard.x__only_digits*'
  'jbn_selfscan.domain.guard.x__keyword_near*'
  'jbn_selfscan.domain.guard.x__find_bsn*'
  'jbn_selfscan.domain.guard.x_find_identifiers*'
  'jbn_selfscan.domain.guard.x_redact*'
  # checksum and format checks of the merged file
  'jbn_selfscan.exchange.merged_file.x_canonical_bytes*'
  'jbn_selfscan.exchange.merged_file.x_compute_checksum*'
  'jbn_selfscan.exchange.merged_file.x__check_checksum*'
  'jbn_selfscan.exchange.merged_file.x__check_format*'
  'jbn_selfscan.exchange.merged_file.x_parse_merged_bytes*'
  # pseudonym assignment
  'jbn_selfscan.report.pseudonyms.*'
  # the all-or-nothing caseload import
  'jbn_selfscan.services.caseload_import.x_apply_import*'
  'jbn_selfscan.services.caseload_import.x__looks_like_bsn*'
  # the restore checks
  'jbn_selfscan.services.backups.x_verify_backup_file*'
  'jbn_selfscan.services.backups.x_restore*'
)

nice -n 10 .venv/bin/mutmut run --max-children 2 "${FUNCTIONS[@]}"
.venv/bin/mutmut results
