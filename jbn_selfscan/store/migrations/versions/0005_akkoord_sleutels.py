"""akkoord: signature of the installation where it was given; pinned keys of counterparts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

An akkoord carries the Ed25519 public key, the signature and the installation (fingerprint) it
was given on (all NULL for akkoorden given before). `akkoord_sleutel` holds the key pinned for
each counterpart on the first file that carried their signed akkoord (trust on first use).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("akkoord", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sleutel", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("handtekening", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("installatie", sa.String(length=30), nullable=True))
    op.create_table(
        "akkoord_sleutel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("naam_sleutel", sa.String(length=200), nullable=False),
        sa.Column("naam", sa.String(length=200), nullable=False),
        sa.Column("sleutel", sa.String(length=64), nullable=False),
        sa.Column("vingerafdruk", sa.String(length=30), nullable=False),
        sa.Column("vastgelegd_op", sa.DateTime(), nullable=False),
        sa.Column("bron", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_akkoord_sleutel")),
        sa.UniqueConstraint("naam_sleutel", name=op.f("uq_akkoord_sleutel_naam_sleutel")),
    )


def downgrade() -> None:
    op.drop_table("akkoord_sleutel")
    with op.batch_alter_table("akkoord", schema=None) as batch_op:
        batch_op.drop_column("installatie")
        batch_op.drop_column("handtekening")
        batch_op.drop_column("sleutel")
