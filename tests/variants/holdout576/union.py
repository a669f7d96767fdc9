"""Returns of the cooperatives' union: stacked projects, flat lists, exports (dn13–dn18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout576.common import (
    DEPT,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout576.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

UNION = "多吉滩县牧民专业合作社联合社"


def jerky_project(s: Sheet, title: str | None = None) -> None:
    """The first stacked project: a jerky drying shed, money and indicators consistent."""
    project_head(s, year=2025, name="牛肉干晾晒棚建设项目", dept=DEPT, unit=UNION, title=title,
                 money=one_year(wan(60), wan(50), wan(10)),
                 goals=["建设牛肉干晾晒棚8座，带动牧户100户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "晾晒棚建设数量", "=8座"),
        (None, "质量指标", "晾晒棚验收合格率", "=100%"),
        (None, "时效指标", "晾晒棚建成时间", "2025年6月30日前"),
        (None, "成本指标", "单座晾晒棚建设成本", "≤7万元"),
        ("效益指标", "社会效益指标", "带动牧户数", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "使用牧户满意度", "≥90%"),
    ]
    indicators(s, rows)


@variant("dn13-union-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with other values in each project (correct)")  # fmt: skip
def dn13() -> Book:
    b, s = book("绩效目标表")
    jerky_project(s)
    s.skip()
    project_head(s, year=2025, name="酥油储藏冷柜配置项目", dept=DEPT, unit=UNION, title="",
                 money=one_year(wan(40), wan(40), wan(0)),
                 goals=["为牧户配置酥油储藏冷柜200台，带动牧户200户。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "配置酥油储藏冷柜", "≥200台"),
        (None, "质量指标", "冷柜到货验收合格率", "=100%"),
        (None, "时效指标", "冷柜配置完成时间", "2025年9月30日前"),
        (None, "成本指标", "冷柜单价", "≤0.2万元/台"),
        ("效益指标", "社会效益指标", "带动牧户数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "使用牧户满意度", pct(0.92)),
    ]
    indicators(s, rows)
    sign(s, "多吉", "0891-7320418")
    return b


@variant("dn14-union-stacked-wrong", (2, 9),
         "two projects stacked, OLD-NAT: in the second a deadline stored as a 5-digit serial "
         "and a 年度目标 count that disagrees with its indicator")  # fmt: skip
def dn14() -> Book:
    b, s = book("绩效目标表")
    jerky_project(s)
    s.skip()
    goal = mk("向150户牧户发放酥油包装补贴，统一使用联合社品牌包装。", "D104", "warning",
              note="text 150户, indicator ≥120户")  # fmt: skip
    project_head(s, year=2025, name="酥油品牌包装补贴项目", dept=DEPT, unit=UNION, title="",
                 money=one_year(wan(30), wan(30), wan(0)), goals=[goal])  # fmt: skip
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial into text")
    rows = [
        ("产出指标", "数量指标", "享受包装补贴牧户数", "≥120户"),
        (None, "质量指标", "品牌包装使用率", "≥90%"),
        (None, "时效指标", "补贴发放完成时间", serial),
        (None, "成本指标", "户均包装补贴", "≤0.2万元"),
        ("效益指标", "经济效益指标", "品牌酥油销售均价提高", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受补贴牧户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "多吉", "0891-7320418")
    return b


@variant("dn15-union-flat", (1, 3),
         "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, percent "
         "cells, weights adding to 100, 0起 on an incident count (correct)")  # fmt: skip
def dn15() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNION,
                    budget=[(wan(220), wan(180), wan(40), wan(70), wan(150))],
                    goal="服务成员合作社40家，联合销售牛肉干和酥油共500吨。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("服务成员合作社数量", 15, "家", "≥", 40),
        ("联合销售牛肉干数量", 15, "吨", "≥", 320),
        ("联合销售酥油数量", 15, "吨", "≥", 180),
        ("成员产品抽检合格率", 15, None, "≥", pct(0.98)),
        ("食品安全事故发生数", 10, "起", "=", 0),
        ("统一销售货款结算及时率", 10, None, "≥", pct(0.95)),
        ("成员合作社满意度", 20, None, "≥", pct(0.9)),
    ]
    indicators(s, rows, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())
    notes(s, "说明：牛肉干320吨与酥油180吨合计即年度总体目标中的500吨。", width=5)
    sign(s, "次仁央宗", "0891-7323306")
    return b


@variant("dn16-union-flat-wrong", (1, 3),
         "department, flat list: weights adding to 95, one sale counted twice with other "
         "values, a 合格率 typed as 105%")  # fmt: skip
def dn16() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNION,
                    budget=[(wan(160), wan(130), wan(30), wan(60), wan(100))],
                    goal="联合成员合作社统一销售牛肉干和酥油，提高成员分红。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+15+15+20 = 95, not 100")
    dup = mk(240, "D102", "error", alt=("D103",), note="the same sale as row above: 300 vs 240")
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    rows = [
        ("统一销售牛肉干数量", 15, "吨", "≥", 300),
        ("牛肉干统一销售量", 15, "吨", "≥", dup),
        ("成员产品抽检合格率", 15, None, "≥", over),
        ("分红成员户数", 15, "户", "≥", 800),
        ("货款结算及时率", 15, None, "≥", pct(0.95)),
        ("成员合作社满意度", 20, None, "≥", pct(0.9)),
    ]
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, rows, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), merged=())
    sign(s, "次仁央宗", "0891-7323306")
    return b


@variant("dn17-union-export", (4, 7),
         "budget-system export: sheets 05-1 and 05-2, project codes in the first columns, "
         "header on the third row and repeated after a page break (correct)")  # fmt: skip
def dn17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "512006250031", "牛肉干酥油联合展销项目"
    s.row(code, name, wan(90), wan(75), wan(15))
    s.row("合计", None, wan(90), wan(75), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：多吉滩县牧民专业合作社联合社")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        (code, name, "产出指标", "数量指标", "举办牛肉干酥油展销会", "≥4场"),
        (None, None, None, None, "参展合作社数量", "≥30家"),
        (None, None, None, "质量指标", "参展产品抽检合格率", "=100%"),
        (None, None, None, "时效指标", "展销会举办完成时间", "2025年11月30日前"),
        (None, None, None, "成本指标", "单场展销会费用", "≤22.5万元"),
        head,
        (code, name, "效益指标", "经济效益指标", "展销现场成交额", "≥300万元"),
        (None, None, None, "社会效益指标", "参展牧民人次", "≥600人次"),
        (None, None, "满意度指标", "服务对象满意度指标", "参展合作社满意度", "≥90%"),
    ]
    indicators(t, rows, head, merged=(1, 2, 3, 4))
    return b


@variant("dn18-union-template-rows", (4, 6, 13),
         "project, NAT-2021, a 注 row inside the table: a template tier-2 left empty, a value "
         "without a name, a deadline before the budget year")  # fmt: skip
def dn18() -> Book:
    b, s = book()
    project_head(s, year=2025, name="牧民合作社产品溯源体系建设项目", dept=DEPT, unit=UNION,
                 money=one_year(wan(70), wan(60), wan(10)),
                 goals=["为牛肉干和酥油产品建立溯源码体系，覆盖成员合作社25家。"])  # fmt: skip
    early = mk("2024年12月31日前", "Y102", "error", note="a 2025 project cannot end in 2024")
    rows = [
        ("产出指标", "数量指标", "接入溯源体系合作社数量", "≥25家"),
        (None, "质量指标", "溯源码扫码识别成功率", "≥98%"),
        (None, "时效指标", "溯源平台上线时间", early),
        ("成本指标", "经济成本指标", "单个合作社接入费用", "≤2万元"),
        ("注：接入费用含设备与一年运维。", None, None, None),
        ("效益指标", "经济效益指标", "溯源产品溢价率", "≥5%"),
        (None, None, mk(None, "F110", "error", note="value without a name"), "≥85%"),
        (
            None,
            mk("生态效益指标", "F109", "warning", row=True, note="template row left"),
            None,
            None,
        ),
        ("满意度指标", "服务对象满意度指标", "成员合作社满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "边巴", "0891-7325579")
    return b
