"""contactmoment: the days the worker had contact with the jeugdige

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

Voogdij asks for contact at least 4 times a year; the app counts the contacts of the last 12
months, so it keeps each contact date per client (one row per client and day). Existing
clients start with none; their last contact (`client.laatste_contact_kind`) still counts.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contactmoment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_contactmoment_client_id_client"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contactmoment")),
        sa.UniqueConstraint("client_id", "datum", name=op.f("uq_contactmoment_client_id")),
    )
    with op.batch_alter_table("contactmoment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contactmoment_client_id"), ["client_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contactmoment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contactmoment_client_id"))
    op.drop_table("contactmoment")
