"""One table per county on separate sheets of one workbook, and a regional transfer table
(区域绩效目标表, 中央补助 + 地方资金) with mixed half- and full-width punctuation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout13.common import sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


def road_safety(s: Sheet, county: str, total: float, km: int, cost: float) -> None:
    project_head(s, year=2025, name=f"{county}农村公路安全生命防护工程（省级补助）",
                 dept=f"{county}交通运输局", unit=f"{county}农村公路管理所", money=[
                     ("年度资金总额", money(total, WAN), "其中：财政拨款", money(total, WAN)),
                     ("其他资金", money(0, WAN), None, None)],
                 goals=(f"完成农村公路安防工程{km}公里,消除临水临崖路段安全隐患。",))  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "实施安全生命防护工程里程", f"≥{km}", "公里", None),
        (None, "质量指标", "工程交工验收合格率", pct(1.0), "%", "(含波形护栏)"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前", None, None),
        ("成本指标", "经济成本指标", "每公里安防工程造价", f"≤{cost}", "万元/公里", "省定标准"),
        (None, "社会成本指标", "施工期间交通中断", "≤3", "次", None),
        ("效益指标", "社会效益指标", "临水临崖路段安全隐患", "有效消除", None, None),
        (None, "可持续影响指标", "安防设施管护责任落实", "到位", None, "县、乡、村三级"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "%", "抽样:200户"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="县交通局规划股", boss="分管副局长")


@variant("y13-county-sheets-ok", (2, 7), "three county tables on three sheets of one workbook")
def y13() -> Book:
    b = Book()
    for county, total, km, cost in (("平川县", 360, 45, 8), ("云岭县", 520, 65, 8),
                                    ("桐江县", 240, 30, 8)):  # fmt: skip
        road_safety(b.sheet(county, (16, 18, 30, 18, 12, 18)), county, total, km, cost)
    return b


def stockpile(s: Sheet, county: str, money_rows: Sequence[Sequence[Any]], intact: Any) -> None:
    project_head(s, year=2025, name=f"{county}应急物资储备库建设专项", dept=f"{county}应急管理局",
                 unit=f"{county}应急物资保障中心", money=money_rows,
                 goals=("建成县级应急物资储备库1个，储备救灾物资满足1万人应急需要。",))  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "建成县级应急物资储备库", "=1", "个", None),
        (None, None, "储备救灾帐篷", "≥500", "顶", None),
        (None, "质量指标", "储备物资完好率", intact, "%", "每季度盘点"),
        (None, "时效指标", "物资调运到达时限", "≤12", "小时", "县内"),
        ("成本指标", "经济成本指标", "储备库建设单位造价", "≤3200", "元/平方米", None),
        ("效益指标", "社会效益指标", "受灾群众基本生活保障", "及时有效", None, None),
        ("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="王蕾", boss="田志")


@variant("y14-county-sheets-wrong", (2, 12), "three county tables, planted rate and money")
def y14() -> Book:
    b = Book()
    stockpile(
        b.sheet("石门县", (16, 18, 30, 18, 12, 18)),
        "石门县",
        [
            ("年度资金总额", money(650, WAN), "其中：财政拨款", money(600, WAN)),
            ("其他资金", money(50, WAN), None, None),
        ],
        pct(0.98),
    )
    stockpile(
        b.sheet("白岩县", (16, 18, 30, 18, 12, 18)),
        "白岩县",
        [
            ("年度资金总额", money(480, WAN), "其中：财政拨款", money(480, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        mk(pct(1.2), "T106", "error", note="完好率 120%"),
    )
    stockpile(
        b.sheet("龙口县", (16, 18, 30, 18, 12, 18)),
        "龙口县",
        [
            (
                "年度资金总额",
                mk(money(700, WAN), "B101", "error", row=True, note="620 + 60 = 680"),
                "其中：财政拨款",
                money(620, WAN),
            ),
            ("其他资金", money(60, WAN), None, None),
        ],
        pct(0.98),
    )
    return b


@variant("y15-regional-transfer-ok", (5, 12), "区域绩效目标表: 中央补助 + 地方资金, full-width")
def y15() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 18, 30, 18, 18, 18))
    s.title("2025年度土壤污染防治资金区域绩效目标表", 6)
    s.row("转移支付名称", "土壤污染防治专项资金", None, "省级主管部门", "西澜省生态环境厅",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("省级财政部门", "西澜省财政厅", None, "填报单位", "西澜省土壤生态环境中心",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("资金情况（万元）", "年度金额", money(5000, WAN), "其中：中央补助", money(3500, WAN),
          None)  # fmt: skip
    s.row(None, None, None, "地方资金", money(1500, WAN), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "目标1：完成受污染耕地安全利用面积4.2万亩;目标2：完成重点"
        "建设用地风险管控地块8个；目标3:受污染耕地安全利用率达到93%以上。",
        merge=[(2, 6)],
    )
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "受污染耕地安全利用面积", "≥4.2", "万亩", None),
        (None, None, "建设用地风险管控地块", "≥8", "个", "名单附后"),
        (None, "质量指标", "受污染耕地安全利用率", "≥93%", "%", "国家下达目标"),
        (None, "时效指标", "项目资金下达时限", "≤60日", "日", "收到中央资金后"),
        ("成本指标", "经济成本指标", "安全利用亩均成本", "≤350", "元/亩", None),
        (None, "生态环境成本指标", "治理过程二次污染事件", "0", "起", None),
        ("效益指标", "生态效益指标", "重点建设用地安全利用", "有效保障", None, None),
        (None, "可持续影响指标", "中央与地方资金比例", "7:3", None, "按因素法分配"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥９０％", "%", "全角录入"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="夏蓉", boss="贺晓东")
    return b
