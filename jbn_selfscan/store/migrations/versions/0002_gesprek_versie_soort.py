"""gesprek_versie: kind of frozen copy (signed version or state replaced by an import)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Importing a newer or newly signed version of a caseloadgesprek keeps the state it replaces as
a `gesprek_versie` row. That state can have the same version number as the signed copy that
comes in, so uniqueness of (gesprek_uid, versie) now holds only for signed copies.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("gesprek_versie", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("soort", sa.String(length=20), nullable=False, server_default="getekend")
        )
        batch_op.drop_constraint("uq_gesprek_versie_gesprek_uid", type_="unique")
    op.create_index(
        "uq_gesprek_versie_getekend",
        "gesprek_versie",
        ["gesprek_uid", "versie"],
        unique=True,
        sqlite_where=sa.text("soort = 'getekend'"),
    )


def downgrade() -> None:
    op.drop_index("uq_gesprek_versie_getekend", table_name="gesprek_versie")
    op.execute("DELETE FROM gesprek_versie WHERE soort != 'getekend'")
    with op.batch_alter_table("gesprek_versie", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            "uq_gesprek_versie_gesprek_uid", ["gesprek_uid", "versie"]
        )
        batch_op.drop_column("soort")
