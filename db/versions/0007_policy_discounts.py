"""discount policy, user sales settings, user groups and order approval from 1C

The terms engine reads automatic discounts from 1C (Catalog_СкидкиНаценки with their conditions
and InformationRegister_ДействиеСкидокНаценок) and the manual-discount limits from
Catalog_НастройкиПродажДляПользователей and the agreement's ОграничиватьРучныеСкидки, instead of
constants in code.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _object_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("data_version", sa.String(), nullable=True),
        sa.Column("deletion_mark", sa.Boolean(), nullable=False),
        sa.Column("removed_in_1c", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "discount_items",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("parent_id", sa.String(), nullable=True),
        sa.Column("is_folder", sa.Boolean(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("percent", sa.BigInteger(), nullable=False),
        sa.Column("combine", sa.String(), nullable=False),
        sa.Column("order_key", sa.BigInteger(), nullable=False),
        *_object_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_items")),
    )
    op.create_table(
        "discount_item_conditions",
        sa.Column("discount_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("condition_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["discount_id"],
            ["discount_items.id"],
            name=op.f("fk_discount_item_conditions_discount_id_discount_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("discount_id", "line_no", name=op.f("pk_discount_item_conditions")),
    )
    op.create_table(
        "discount_conditions",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("is_folder", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.Column("comparison", sa.String(), nullable=False),
        sa.Column("threshold", sa.BigInteger(), nullable=False),
        sa.Column("period", sa.String(), nullable=False),
        sa.Column("period_variant", sa.String(), nullable=False),
        sa.Column("period_count", sa.Integer(), nullable=False),
        sa.Column("include_current", sa.Boolean(), nullable=False),
        *_object_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_discount_conditions")),
    )
    op.create_table(
        "discount_actions",
        sa.Column("row_id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source_id", sa.String(), nullable=True),
        sa.Column("source_type", sa.String(), nullable=False),
        sa.Column("discount_id", sa.String(), nullable=True),
        sa.Column("period", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("segment_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_discount_actions")),
    )
    with op.batch_alter_table("discount_actions") as batch:
        batch.create_index(batch.f("ix_discount_actions_source_id"), ["source_id"], unique=False)
    op.create_table(
        "user_groups",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("parent_id", sa.String(), nullable=True),
        *_object_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_groups")),
    )
    op.create_table(
        "user_group_members",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["user_groups.id"],
            name=op.f("fk_user_group_members_group_id_user_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "line_no", name=op.f("pk_user_group_members")),
    )
    with op.batch_alter_table("user_group_members") as batch:
        batch.create_index(batch.f("ix_user_group_members_user_id"), ["user_id"], unique=False)
    op.create_table(
        "user_sales_settings",
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("owner_type", sa.String(), nullable=False),
        sa.Column("limit_manual", sa.Boolean(), nullable=False),
        sa.Column("manual_percent", sa.BigInteger(), nullable=False),
        *_object_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_sales_settings")),
    )
    with op.batch_alter_table("user_sales_settings") as batch:
        batch.create_index(batch.f("ix_user_sales_settings_owner_id"), ["owner_id"], unique=False)
    with op.batch_alter_table("agreements") as batch:
        batch.add_column(
            sa.Column(
                "limit_manual_discounts", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
    with op.batch_alter_table("orders") as batch:
        batch.add_column(
            sa.Column("approved_1c", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("approved_at")
        batch.drop_column("approved_1c")
    with op.batch_alter_table("agreements") as batch:
        batch.drop_column("limit_manual_discounts")
    for table in (
        "user_sales_settings",
        "user_group_members",
        "user_groups",
        "discount_actions",
        "discount_conditions",
        "discount_item_conditions",
        "discount_items",
    ):
        op.drop_table(table)
