"""Order entry: the order editor (Ctrl+N on a client), the order list and the approval queue."""

from wholesale_desk.gui.orders.editor import OrderEditor, actor_for, open_order_editor
from wholesale_desk.gui.orders.order_list import OrderListPage

__all__ = ["OrderEditor", "OrderListPage", "actor_for", "open_order_editor"]
