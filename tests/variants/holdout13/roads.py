"""交通运输 road-maintenance special funds: two-year projects with 中期 and 年度 columns, a 备注
column, a co-funding block (中央/省/市/县) and NAT-2021 tiers with 成本 first."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout13.common import cofund, sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("y01-road-maintenance-ok", (1, 5, 8, 12), "project, two-year, NAT-2021 成本 first, 备注")
def y01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 18, 30, 18, 18, 22))
    project_head(s, year=2025, name="枫坪县农村公路养护专项资金", dept="枫坪县交通运输局（402）",
                 unit="枫坪县公路事务中心", years=2, attr="新增项目", money=[
                     ("中期资金总额", money(2400, WAN), "年度资金总额", money(1200, WAN)),
                     ("其中：财政拨款", money(2400, WAN), "其中：财政拨款", money(1200, WAN)),
                     ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
                 goals=("两年内完成县乡道路面修复180公里、危桥加固12座，路况明显改善。",
                        "2025年完成路面修复90公里、危桥加固6座，优良路率保持在90%以上。"),
                 title="2025年度交通运输专项资金项目绩效目标表")  # fmt: skip
    cofund(s, (480, 360, 240, 120), label="年度资金来源（万元）")
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "农村公路养护单位成本", "≤12万元/公里", "≤12万元/公里",
         "按省定额标准"),
        (None, "社会成本指标", "占道施工单次时长", "≤48小时", "≤48小时", None),
        (None, "生态环境成本指标", "施工扬尘超标次数", "0次", "0次", "零容忍"),
        ("产出指标", "数量指标", "县乡道路面修复里程", "≥180公里", "≥90公里", None),
        (None, None, "危桥加固改造", "≥12座", "≥6座", "附危桥清单"),
        (None, "质量指标", "养护工程交工验收合格率", pct(1.0), pct(1.0), None),
        (None, None, "优良路率", "90%-95%", "90%-95%", "区间目标"),
        (None, "时效指标", "路面病害处治时限", "≤30个工作日", "30日内", None),
        ("效益指标", "经济效益指标", "沿线农产品运输成本", "有效降低", "有效降低", None),
        (None, "社会效益指标", "群众出行条件", "逐步改善", "逐步改善", None),
        (None, "可持续影响指标", "市县养护资金配套比例", "2:1", "2:1", "市、县按2:1配套"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", "问卷抽样"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025)
    return b


@variant("y02-road-maintenance-wrong", (1, 8, 11, 12), "project, two-year, planted rate/copy/money")
def y02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 22))
    project_head(s, year=2025, name="石垭县干线公路预防性养护专项", dept="石垭县交通运输局",
                 unit="石垭县公路养护站", years=2, money=[
                     ("中期资金总额", money(2000, WAN), "年度资金总额",
                      mk(money(1000, WAN), "B101", "error", row=True)),
                     ("其中：财政拨款", money(2000, WAN), "其中：财政拨款", money(900, WAN)),
                     ("其他资金", money(0, WAN), "其他资金", money(50, WAN))],
                 goals=("两年完成预防性养护140公里。", "2025年完成预防性养护70公里。"))  # fmt: skip
    cofund(s, (400, 300, 200, 100), label="年度资金来源（万元）")
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "预防性养护单位成本", "≤9.5万元/公里", "≤9.5万元/公里", None),
        (None, "生态环境成本指标", "沥青废料随意倾倒次数", "0次", "0次", None),
        ("产出指标", "数量指标", "预防性养护里程", "≥140公里",
         mk("≥140公里", "D202", "warning", alt=("D104",), note="中期 copied into 年度"), None),
        (None, None, "标志标线更新", "≥60公里", "≥30公里", None),
        (None, "质量指标", "养护路段路况指数达标率", "≥95%", "≥95%", None),
        (None, "时效指标", "路面病害处治及时率", "≥98%",
         mk("≥98", "T105", "error", alt=("T104", "T116", "D203"), note="rate without %"), None),
        ("效益指标", "社会效益指标", "道路通行条件", "明显改善", "明显改善", None),
        (None, None, "养护施工投诉率", "≥5%",
         mk("≥5%", "T108", "warning", row=True, note="反向 rate with ≥"), None),
        (None, "可持续影响指标", "养护长效机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "过往司乘满意度", pct(0.9), pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="陈晓", boss="邓立")
    return b
