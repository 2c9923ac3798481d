"""client: start-phase steps marked "onbekend / vóór overdracht", with the reason

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

A maatregel that started before the worker's records has no date for its first steps (1e F2F,
1e PvA, 1e risicotaxatie, hulp gestart). The worker can mark such a step unknown, with a
reason; the marks are kept as a JSON object {stap: reden} in one text column ("" for none).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("startstappen_onbekend", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_column("startstappen_onbekend")
