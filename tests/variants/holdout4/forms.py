"""Forms other than the plain project table: two-line headers with 指标值 merged over 中期 and
年度 (a05, a06), the central-transfer 区域绩效目标表 (a07, a08) and the 中央预算内投资 form
(a09, a10)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout4.common import (
    PROVINCE,
    project_block,
    signatures,
    title_at,
    two_line_header,
)
from tests.variants.holdout4.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, mk

WIDE = (14, 16, 30, 18, 18, 16)
H5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


# --------------------------------------------------- a05, a06: 指标值 over 中期 and 年度
@variant(
    "a05-two-line-header-ok",
    (8,),
    "three-year project, NAT-2021, two header lines with "
    "指标值 merged over 中期指标值 and 年度指标值, annual counts below the period counts",
)
def a05() -> Book:
    book = Book()
    s = book.sheet("项目支出绩效目标表", WIDE)
    project_block(s, year=2025, years=3, title="项目支出绩效目标表（2025年度）",
                  name="中小河流治理（2025—2027年）", dept=f"{PROVINCE}水利厅（121）",
                  unit="省河湖保护中心", attr="新增项目", money=[
        ("中期资金总额", C(36000, WAN), "年度资金总额", C(12500, WAN)),
        ("其中：财政拨款", C(33000, WAN), "其中：财政拨款", C(11500, WAN)),
        ("其他资金", C(3000, WAN), "其他资金", C(1000, WAN)),
    ], goals=(
        "2025—2027年治理中小河流河长320公里，新建加固堤防180公里，保护人口85万人。",
        "2025年治理中小河流河长110公里，新建加固堤防60公里，保护人口30万人。",
    ))  # fmt: skip
    two_line_header(s, tail=("备注",))
    s.table([
        ("产出指标", "数量指标", "中小河流治理河长", "≥320公里", "≥110公里", None),
        (None, None, "新建加固堤防", "≥180公里", "≥60公里", None),
        (None, "质量指标", "单位工程质量合格率", "=100%", "=100%", None),
        (None, "时效指标", "工程按期完工率", "≥95%", "≥95%", None),
        ("成本指标", "经济成本指标", "每公里治理投资", "≤110万元/公里", "≤110万元/公里",
         "历史标准"),
        ("效益指标", "社会效益指标", "保护人口", "≥85万人", "≥30万人", None),
        (None, None, "保护耕地", "≥46万亩", "≥16万亩", None),
        (None, "生态效益指标", "治理河段水质达标率", "≥90%", "≥90%", None),
        (None, "可持续影响指标", "工程管护责任落实率", "=100%", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, who="罗家栋", checker="秦晓岚", phone="0871-6532 8816",
               filled=day(2024, 11, 12, CN_DATE))  # fmt: skip
    return book


@variant(
    "a06-two-line-header-copied",
    (8,),
    "three-year project, OLD-NAT, two header lines "
    "(实施期/年度): two cumulative counts and the 中期目标 text copied into 年度",
)
def a06() -> Book:
    book = Book()
    s = book.sheet("绩效目标", WIDE)
    goal = "三年完成农村公路改造1200公里、危桥改造90座，实施安全生命防护工程1500公里。"
    project_block(s, year=2025, years=3, name="农村公路提质改造（2025—2027年）",
                  dept=f"{PROVINCE}交通运输厅（124）", unit="省公路事业发展中心",
                  attr="新增项目", money=[
        ("中期资金总额", C(96000, WAN), "年度资金总额", C(32000, WAN)),
        ("其中：财政拨款", C(90000, WAN), "其中：财政拨款", C(30000, WAN)),
        ("其他资金", C(6000, WAN), "其他资金", C(2000, WAN)),
    ], goals=(goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")))  # fmt: skip
    two_line_header(s, values=("实施期指标值", "年度指标值"))
    s.table([
        ("产出指标", "数量指标", "农村公路改造里程", "≥1200公里",
         mk("≥1200公里", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "危桥改造", "≥90座", mk("≥90座", "D202", "warning")),
        (None, None, "安全生命防护工程", "≥1500公里", "≥500公里"),
        (None, "质量指标", "交工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "农村公路改造每公里补助", "≤25万元/公里", "≤25万元/公里"),
        ("效益指标", "社会效益指标", "农村公路优良中等路率", "≥85%", "≥85%"),
        (None, "可持续影响指标", "农村公路管养机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return book


# ------------------------------------------------------ a07, a08: 区域绩效目标表 (transfers)
def _regional(s: Sheet, *, fund: str, central: str, dept: str, money: Sequence[Any],
              goal: str) -> None:  # fmt: skip
    title_at(s, "中央对地方专项转移支付区域绩效目标表", 1, 5)
    title_at(s, "（2025年度）", 1, 5)
    s.row("专项名称", fund, merge=[(2, 5)])
    s.row("中央主管部门", central, merge=[(2, 5)])
    s.row("省级财政部门", f"{PROVINCE}财政厅", "省级主管部门", dept, None, merge=[(4, 5)])
    s.row("资金情况（万元）", "年度金额", "其中：中央补助", "地方资金", None)
    s.row(None, *money)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 5)])
    s.row(*H5)


@variant(
    "a07-regional-transfer-ok",
    (5, 12),
    "central-transfer 区域绩效目标表: 年度金额 = "
    "中央补助 + 地方资金, numbered goals, OLD-NAT tiers, a footnote",
)
def a07() -> Book:
    book = Book()
    s = book.sheet("区域绩效目标表", (16, 18, 30, 18, 18))
    _regional(s, fund="林业改革发展资金", central="国家林业和草原局",
              dept=f"{PROVINCE}林业和草原局",
              money=(C(48600, WAN), C(42000, WAN), C(6600, WAN)),
              goal="目标1：完成森林抚育120万亩；目标2：落实国家级公益林管护2800万亩；"
                   "目标3：带动1.8万名护林员稳定就业。")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "完成森林抚育面积", "≥120万亩", None),
        (None, None, "国家级公益林管护面积", "≥2800万亩", None),
        (None, "质量指标", "抚育作业质量合格率", "≥95%", None),
        (None, "时效指标", "资金分解下达时限", "30日内", "收到中央资金后"),
        (None, "成本指标", "国家级公益林管护补助标准", "≤10元/亩", "中央标准"),
        ("效益指标", "生态效益指标", "森林覆盖率", "≥62.5%", None),
        (None, "社会效益指标", "带动护林员就业", "≥1.8万人", None),
        (None, "可持续影响指标", "森林资源管护长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "护林员及林农满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：本表由省级财政部门会同省级主管部门填报，金额单位为万元。")
    return book


@variant(
    "a08-regional-transfer-wrong",
    (5, 12),
    "central-transfer 区域绩效目标表: 中央补助 + "
    "地方资金 ≠ 年度金额, no 满意度指标, a deadline two years before the budget year",
)
def a08() -> Book:
    book = Book()
    s = book.sheet("区域绩效目标表", (16, 18, 30, 18, 18))
    _regional(
        s,
        fund="农村危房改造补助资金",
        central="住房和城乡建设部",
        dept=f"{PROVINCE}住房和城乡建设厅",
        money=(
            mk(C(8600, WAN), "B101", "error", note="6200 + 2300 = 8500 ≠ 8600"),
            C(6200, WAN),
            C(2300, WAN),
        ),
        goal="目标1：完成农村低收入群体等重点对象危房改造5200户；目标2：实施农房抗震改造800户。",
    )
    s.table([
        ("产出指标", "数量指标", "完成危房改造户数", "≥5200户", None),
        (None, None, "实施农房抗震改造", "≥800户", None),
        (None, "质量指标", "改造后住房安全鉴定合格率", "=100%", None),
        (None, "时效指标", "补助资金拨付到户时间",
         mk("2023年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年度的表，期限却在2023年"), None),
        (None, "成本指标", "户均补助标准", "≤1.5万元/户", None),
        ("效益指标", "社会效益指标", "重点对象住房安全", "有效保障", None),
        (None, "可持续影响指标", "农房质量安全管理机制", "逐步健全", None),
    ], merged=(1, 2))  # fmt: skip
    book.file_mark("F106", "error", note="区域绩效目标表缺少满意度指标")
    return book


# --------------------------------------------------------- a09, a10: 中央预算内投资 form
def _investment(s: Sheet, *, name: str, unit: str, place: str, nature: str, start: Any,
                end: Any, years: str, total: Sequence[Any], annual: Sequence[Any],
                goal: str) -> None:  # fmt: skip
    title_at(s, "2025年中央预算内投资计划绩效目标表", 1, 5)
    s.row("项目名称", name, None, "项目单位", unit, merge=[(2, 3)])
    s.row("建设地点", place, None, "建设性质", nature, merge=[(2, 3)])
    s.row("建设周期", years, "开工时间", start, None)
    s.row(None, None, "竣工时间", end, None)
    s.row("总投资（万元）", "总投资", "中央预算内投资", "地方政府投资", "其他资金")
    s.row(None, *total)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("本年度投资（万元）", "本年度计划投资", "中央预算内投资", "地方政府投资", "其他资金")
    s.row(None, *annual)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", goal, merge=[(2, 5)])
    s.row(*H5)


@variant(
    "a09-central-investment-ok",
    (5, 12),
    "中央预算内投资计划绩效目标表 for a two-year "
    "works project: investment by source, OLD-NAT with 成本指标 under 产出, a deadline in "
    "the second year",
)
def a09() -> Book:
    book = Book()
    s = book.sheet("绩效目标表", (16, 18, 30, 18, 18))
    _investment(s, name="青溪县城污水处理厂提标扩建工程", unit="青溪县住房和城乡建设局",
                place=f"{PROVINCE}青溪县", nature="改扩建", years="2年",
                start=day(2025, 3, 1), end=day(2026, 12, 31),
                total=(C(18600, WAN), C(9000, WAN), C(7600, WAN), C(2000, WAN)),
                annual=(C(11000, WAN), C(9000, WAN), C(2000, WAN), C(0, WAN)),
                goal="完成扩建主体工程，新增污水处理能力2万吨/日，新建配套管网18公里，"
                     "出水水质稳定达到一级A标准。")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新增污水处理能力", "≥2万吨/日", None),
        (None, None, "新建配套管网", "≥18公里", None),
        (None, "质量指标", "单位工程验收合格率", "=100%", None),
        (None, None, "出水水质", "达到一级A标准", None),
        (None, "时效指标", "主体工程完工时间", "2026年6月30日前", "建设期两年"),
        (None, "成本指标", "配套管网每公里造价", "≤300万元/公里", "概算批复"),
        ("效益指标", "生态效益指标", "化学需氧量年削减量", "≥2500吨", None),
        (None, "社会效益指标", "服务人口", "≥12万人", None),
        (None, "可持续影响指标", "设施设计使用年限", "≥30年", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, who="杨建成", checker="柯少华", phone="0874-3120 556",
               filled=day(2025, 1, 10, CN_DATE))  # fmt: skip
    return book


@variant(
    "a10-central-investment-wrong",
    (1, 5),
    "中央预算内投资计划绩效目标表, OLD-NAT: an "
    "acceptance rate over 100 %, a 时效指标 block under 效益指标",
)
def a10() -> Book:
    book = Book()
    s = book.sheet("绩效目标表", (16, 18, 30, 18, 18))
    _investment(s, name="石门坎区第二中学教学综合楼建设", unit="石门坎区教育体育局",
                place=f"{PROVINCE}白沙州石门坎区", nature="新建", years="1年",
                start=day(2025, 3, 1), end=day(2025, 12, 31),
                total=(C(5200, WAN), C(3000, WAN), C(2200, WAN), C(0, WAN)),
                annual=(C(5200, WAN), C(3000, WAN), C(2200, WAN), C(0, WAN)),
                goal="建成教学综合楼12000平方米，新增学位1350个，改善办学条件。")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新建教学综合楼建筑面积", "≥12000平方米", None),
        (None, None, "新增学位", "≥1350个", None),
        (None, "质量指标", "工程质量验收合格率",
         mk("≥105%", "T106", "error", note="合格率不能超过100%"), None),
        (None, "成本指标", "单位面积建安造价", "≤3800元/平方米", None),
        ("效益指标", "社会效益指标", "改善办学条件惠及学生", "≥4000人", None),
        (None, mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
         "主体工程封顶时间", "2025年10月31日前", None),
        (None, "可持续影响指标", "校舍设计使用年限", "≥50年", None),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return book
