"""Round 181 (holdout578–580) and the mends of session 61: each test fails without its change."""

from __future__ import annotations

from goalbook.rules.goalcounts import swapped


def test_a_swapped_name_is_tried_with_every_act_it_holds() -> None:
    """加工设备购置 opens with one act (加工) and ends with another (购置). A clause that ends
    in 加工 but names the equipment bought (设备购置后用于加工) does not match the first act; it
    is still the same thing with its act and object the other way round under the second."""
    assert swapped("加工设备购置", "设备购置后用于加工")
    assert not swapped("加工设备购置", "厂房维修后用于加工")
