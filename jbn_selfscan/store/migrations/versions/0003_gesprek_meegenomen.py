"""caseloadgesprek.meegenomen: what an imported file carried from earlier gesprekken

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A gesprek in preparation carries the open acties of last time (with their reported status) and
the tally of the previous gesprek. An installation that does not hold that previous gesprek
(a new praktijkbegeleider, a new laptop) keeps them here, so they survive the import and are
exported again unchanged. NULL when nothing was carried or everything is known locally.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("caseloadgesprek", schema=None) as batch_op:
        batch_op.add_column(sa.Column("meegenomen", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("caseloadgesprek", schema=None) as batch_op:
        batch_op.drop_column("meegenomen")
