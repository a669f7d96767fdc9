"""Department returns (§3.2): tiered tables with one or two value columns, a flat list."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout139.common import footer, w
from tests.variants.holdout139.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "ms03-market-supervision",
    (8, 12),
    "department, NAT-2021, 实施周期 and 年度 columns, tasks adding up",
)
def ms03() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2027,
        dept="青梧市市场监督管理局",
        budget=[(w(3860), w(3500), w(360), w(2900), w(960))],
        tasks=[
            ("食品安全抽检监测", "全年完成食品安全抽检6000批次", w(420), "抽检覆盖全部食品大类"),
            ("特种设备监督检验", "电梯、锅炉等特种设备监督检验", w(310), "检验2800台次"),
            ("计量器具强制检定", "医疗、贸易结算计量器具检定", w(230), "检定15000件"),
            ("金额合计", None, w(960), None),
        ],
        goal="守住食品安全和特种设备安全底线，提升市场监管效能，优化营商环境。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", None)
    s.table(
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥6000批次", "≥6000批次"),
            (None, None, "特种设备监督检验台次", "≥2800台次", "≥2800台次"),
            (None, None, "计量器具强制检定件数", "≥15000件", "≥15000件"),
            (None, "质量指标", "抽检不合格食品核查处置率", pct(1), pct(1)),
            (None, "时效指标", "投诉举报按时办结率", pct(0.98), pct(0.98)),
            ("成本指标", "经济成本指标", "食品抽检单批次成本", "≤700元/批次", "≤700元/批次"),
            ("效益指标", "社会效益指标", "市场主体信用信息公示覆盖率", pct(0.95), pct(0.95)),
            (None, "可持续影响指标", "抽检监测工作机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", pct(0.9), pct(0.9)),
            (None, None, "投诉举报人满意度", pct(0.85), pct(0.85)),
        ],
        merged=(1, 2),
    )
    footer(s, "填报人：郑可欣   联系电话：0771-3308142", "部门负责人：（签字）")
    return b


@variant("ms05-culture-flat", (3,), "department, flat list with weight, unit and operator columns")
def ms05() -> Book:
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s,
        year=2027,
        dept="南屿区文化和旅游局",
        budget=[(w(1680), w(1500), w(180), w(1100), w(580))],
        tasks=[
            ("公共文化服务", "送戏下乡、群众文化活动", w(260), "活动240场以上"),
            ("文物保护", "文物安全巡查和修缮", w(200), "修缮3处以上"),
            ("旅游宣传推广", "旅游推介和节庆活动", w(120), "推介活动6次以上"),
            ("金额合计", None, w(580), None),
        ],
        goal="繁荣群众文化生活，守牢文物安全底线，提升区域旅游知名度。",
    )
    s.row("指标名称", "权重", "计量单位", "比较符", "指标值", None)
    for line in [
        ("公共文化活动场次", 10, "场", "≥", 240),
        ("送戏下乡演出场次", 10, "场", "≥", 80),
        ("文物安全巡查次数", 10, "次", "≥", 48),
        ("文物保护修缮项目数", 10, "个", "≥", 3),
        ("旅游宣传推介活动次数", 10, "次", "≥", 6),
        ("公共文化设施开放达标率", 10, "%", "≥", pct(0.95)),
        ("文物安全事故发生率", 10, "%", "≤", pct(0.01)),
        ("游客投诉处理及时率", 10, "%", "≥", pct(0.95)),
        ("单场送戏下乡补助标准", 10, "元/场", "≤", 8000),
        ("群众文化服务满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*line)
    s.row("合计", 100, None, None, None)
    footer(s, "注：权重合计100。")
    return b


@variant(
    "ms13-agriculture-double",
    (12, 11),
    "department, NAT-2021, one value column: 金额合计 counts a line twice, ≥ on an incidence rate",
)
def ms13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2027,
        dept="枫溪县农业农村局",
        budget=[(w(2300), w(2070), w(230), w(1520), w(780))],
        tasks=[
            ("高标准农田管护", "已建高标准农田设施管护", w(260), "管护面积8.5万亩"),
            ("动物疫病防控", "强制免疫和疫情监测", w(180), "免疫密度90%以上"),
            ("农业技术推广", "主推技术示范和培训", w(170), "示范基地12个"),
            (
                "金额合计",
                None,
                mk(
                    w(780),
                    "B102",
                    "error",
                    note="260 + 180 + 170 = 610; 780 counts 农业技术推广 twice",
                ),
                None,
            ),
        ],
        goal="巩固高标准农田建设成果，防控重大动物疫病，推广农业主推技术。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "高标准农田管护面积", "≥8.5万亩"),
            (None, None, "农业技术示范基地", "≥12个"),
            (None, "质量指标", "畜禽强制免疫密度", "≥90%"),
            (None, "时效指标", "疫情报告时限", "≤24小时"),
            ("成本指标", "经济成本指标", "每亩农田管护成本", "≤30元/亩"),
            ("效益指标", "经济效益指标", "示范基地亩均增产", "≥50公斤"),
            (
                None,
                "社会效益指标",
                "重大动物疫情发生率",
                mk("≥1%", "T108", "warning", row=True, note="≥ on an incidence rate"),
            ),
            (None, "可持续影响指标", "农田设施管护机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报人：黄思远   联系电话：0736-5127703")
    return b


@variant(
    "ms15-civil-affairs",
    (1,),
    "department, NAT-2021, one value column: a 满意度 without %, a cost without unit",
)
def ms15() -> Book:
    b = Book()
    s = b.sheet("部门绩效目标")
    department_head(
        s,
        year=2027,
        dept="南屿区民政局",
        budget=[(w(2450), w(2200), w(250), w(1650), w(800))],
        tasks=[
            ("特困人员供养", "集中和分散供养特困人员", w(420), "供养1100人以上"),
            ("居家养老服务", "上门助洁、助浴、助医服务", w(230), "服务36000人次以上"),
            ("社会救助信息化", "救助信息平台运维升级", w(150), "平台稳定运行"),
            ("金额合计", None, w(800), None),
        ],
        goal="兜牢基本民生保障底线，提升居家养老服务水平，推进社会救助精准化。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "特困人员供养人数", "≥1100人"),
            (None, None, "居家养老上门服务人次", "≥36000人次"),
            (None, "质量指标", "救助资金发放准确率", "≥99%"),
            (None, "时效指标", "低保审核审批办结时限", "≤15个工作日"),
            (
                "成本指标",
                "经济成本指标",
                "居家养老上门服务单次补贴",
                mk("≤60", "T104", "warning", note="a cost without a unit"),
            ),
            ("效益指标", "社会效益指标", "困难群众应保尽保率", "≥98%"),
            (None, "可持续影响指标", "社会救助信息平台运行", "稳定"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
            (
                None,
                None,
                "养老服务对象满意度",
                mk("≥85", "T105", "error", alt=("T104",), note="a 满意度 without %"),
            ),
        ],
        merged=(1, 2),
    )
    footer(s, "单位负责人：（签字）   填表人：冯子墨")
    return b
