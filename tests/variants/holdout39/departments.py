"""Department tables (部门整体支出绩效目标申报表) of 民政局, 住建局, 退役军人事务局 and 残联."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout39.common import header, signatures, two_line_header
from tests.variants.holdout39.registry import variant
from tests.variants.kit import Book, mk, money, ok, pct

NUM = "#,##0.00"


def _m(value: float) -> object:
    return money(value, NUM)


@variant("iw14-civil-affairs-dept-ok", (4, 12), "department, NAT-2021: 资金总额 = 财政拨款 + "
         "其他资金 = 基本支出 + 项目支出, four tasks adding to 金额合计 = 项目支出, a 年度绩效指标 "
         "title row above the indicator header, an empty spacer column before 指标值")  # fmt: skip
def civil_affairs_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="云岙市民政局",
        budget=[(_m(6820), _m(6500), _m(320), _m(1180), _m(5640))],
        tasks=[
            ("城乡低保及特困供养", "保障城乡低保对象及特困人员基本生活", _m(3600),
             "应保尽保、按时足额发放"),
            ("养老服务体系建设", "新增养老床位，支持居家社区养老服务", _m(1240),
             "新增养老床位300张"),
            ("临时救助", "开展临时救助和急难救助", _m(560), "救助及时有效"),
            ("殡葬改革", "推进惠民殡葬和公益性公墓建设", _m(240), "惠民殡葬政策全覆盖"),
            ("金额合计", None, _m(5640), None),
        ],
        goal="保障城乡低保对象12600人基本生活，特困人员集中供养850人，新增养老床位300张，"
             "困难群众救助及时有效。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    header(s, "一级指标", "二级指标", "三级指标", None, "指标值", None)  # D: an empty spacer
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保保障人数", None, "≥12600人"),
            (None, None, "特困人员集中供养人数", None, "≥850人"),
            (None, None, "新增养老床位", None, "≥300张"),
            (None, "质量指标", "低保对象认定准确率", None, "≥98%"),
            (None, "时效指标", "低保金发放时间", None, "每月15日前"),
            ("成本指标", "经济成本指标", "养老床位建设补助标准", None, "≤1.2万元/张"),
            ("效益指标", "社会效益指标", "困难群众基本生活", None, "有效保障"),
            (None, "可持续影响指标", "社会救助兜底保障体系", None, "持续完善"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", None, "≥90%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "孙悦", "梁永强", "0739-6610033", "2024年11月20日")
    return b


@variant("iw15-housing-dept", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
         "tasks not adding to 金额合计, one indicator twice with different values")  # fmt: skip
def housing_dept() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="芷岚县住房和城乡建设局",
        budget=[(mk(_m(4250), "B101", "error", row=True, note="860 + 3300 = 4160"), _m(3900),
                 _m(350), _m(860), _m(3300))],
        tasks=[
            ("保障性住房", "公租房租赁补贴及保障性租赁住房筹集", _m(1800),
             "保障住房困难家庭1100户"),
            ("老旧小区改造配套", "小区道路、管网及配套设施改造", _m(900), "改造老旧小区12个"),
            ("建筑市场监管", "工程质量安全监督、建筑市场执法", _m(300), "监督覆盖全部在建工程"),
            ("城镇燃气安全整治", "老化燃气管道更新改造", _m(280), "更新改造燃气管道18公里"),
            ("金额合计", None, mk(_m(3300), "B102", "error", row=True,
                                  note="1800 + 900 + 300 + 280 = 3280"), None),
        ],
        goal="保障住房困难家庭1100户，改造老旧小区12个，更新改造老化燃气管道18公里。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "发放租赁补贴户数", "≥1100户"),
            (None, None, "老旧小区改造数量",
             mk("≥12个", "D102", "error", row=True, required=False)),
            (None, None, "燃气管道老化更新改造", "≥18公里"),
            (None, "质量指标", "在建工程质量监督覆盖率", "100%"),
            (None, "时效指标", "租赁补贴发放时间", "次月10日前"),
            ("成本指标", "经济成本指标", "燃气管道更新改造成本", "≤15万元/公里"),
            ("效益指标", "社会效益指标", ok("老旧小区改造数量", note="misplaced as well"),
             mk("≥10个", "D102", "error", row=True, alt=("D101", "D104"),
                note="≥12个 above")),
            (None, "可持续影响指标", "城市安全运行保障能力", "持续增强"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "罗佳", "彭志远", "0743-5218833", "2024年11月19日")
    return b


@variant("iw16-veterans-dept-ok", (7, 8), "department, hybrid NAT-2021, a two-line header with "
         "实施周期指标值 and 年度指标值 under 指标值, the two columns legitimately equal in a "
         "one-year department table")  # fmt: skip
def veterans_dept_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标")
    department_head(
        s, year=2025, dept="石漱县退役军人事务局",
        budget=[(_m(3460), _m(3460), _m(0), _m(420), _m(3040))],
        tasks=[
            ("优抚对象抚恤补助", "重点优抚对象定期抚恤补助和生活补助", _m(2532), "按月足额发放"),
            ("退役军人就业创业", "适应性培训、专场招聘和创业扶持", _m(186), "培训420人"),
            ("烈士纪念设施保护", "零散烈士墓修缮和烈士陵园管护", _m(322), "祭扫条件明显改善"),
            ("金额合计", None, _m(3040), None),
        ],
        goal="按月足额发放2110名优抚对象抚恤补助，完成420名退役军人适应性培训，退役军人合法权益"
             "有效维护。",
    )  # fmt: skip
    two_line_header(
        s, ("一级指标", "二级指标", "三级指标", "指标值", None, "备注"),
        (None, None, None, "实施周期指标值", "年度指标值", None), spans=[(4, 5)],
    )  # fmt: skip
    s.table(
        [
            ("产出指标", "数量指标", "抚恤补助对象", "≥2110人", "≥2110人", None),
            (None, None, "退役军人适应性培训", "≥420人", "≥420人", None),
            (None, "质量指标", "抚恤补助发放准确率", pct(1), pct(1), None),
            (None, "时效指标", "抚恤金发放", "按月足额发放", "按月足额发放", None),
            ("成本指标", "经济成本指标", "人均月抚恤补助标准", "≤1000元/人·月",
             "≤1000元/人·月", None),
            ("效益指标", "社会效益指标", "退役军人合法权益", "有效维护", "有效维护", None),
            (None, "可持续影响指标", "双拥工作长效机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "退役军人及优抚对象满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signatures(s, "胡婷", "杨卫民", "0744-3321078", "2024年11月8日")
    return b


@variant("iw17-disabled-dept", (6, 9), "department, NAT-2021, a 注 line: a threshold `≥85%%`, "
         "a 满意度 of 95 without %, a tier-2 left from the template")  # fmt: skip
def disabled_dept() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="澄阳市残疾人联合会",
        budget=[(_m(1286), _m(1150), _m(136), _m(326), _m(960))],
        tasks=[
            ("残疾人康复", "基本康复服务、残疾儿童康复救助", _m(420), "基本康复服务2300人"),
            ("残疾人就业", "职业技能培训、按比例就业推动", _m(260), "培训300人次"),
            ("两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴", _m(280), "按月足额发放"),
            ("金额合计", None, _m(960), None),
        ],
        goal="为2300名残疾人提供基本康复服务，开展职业技能培训300人次，两项补贴按月足额发放。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "残疾人基本康复服务人数", "≥2300人"),
            (None, None, "残疾人职业技能培训", "≥300人次"),
            (None, "质量指标", "残疾人基本康复服务覆盖率",
             mk("≥85%%", "T116", "warning", note="%% typed twice")),
            (None, "时效指标", "两项补贴发放", "按月足额发放"),
            ("成本指标", "经济成本指标", "职业技能培训人均成本", "≤1500元/人次"),
            ("效益指标", "社会效益指标", "困难残疾人家庭生活水平", "稳步提高"),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None),
            (None, "可持续影响指标", "残疾人服务体系", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "残疾人及亲属满意度",
             mk(95, "T105", "error", alt=("T104",), note="no %")),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.row("注：两项补贴资金按月拨付至残疾人社会保障卡。", merge=[(1, 6)])
    signatures(s, "钟雪", "谭建军", "0746-8820119", "2024年11月28日")
    return b
