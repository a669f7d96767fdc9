"""Indicators in two column pairs side by side (产出 and 成本 on the left, 效益 and 满意度 on the
right), and names that carry their own target (门诊人次≥18万人次) beside an empty value column."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout135.parts import halves, one_year, signatures
from tests.variants.holdout135.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

HALF = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("mo01-side-by-side-clinic", (1,), "project, NAT-2021, two column pairs side by side")
def side_by_side_clinic() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 26, 16, 14, 14, 26, 16))
    project_head(
        s,
        year=2027,
        name="梧溪区社区卫生服务能力提升项目",
        dept="青岚市梧溪区卫生健康局（418003）",
        unit="梧溪区社区卫生服务中心",
        money=one_year(360, 300, 60),
        goals=[
            "2027年完成辖区老年人健康体检和慢病随访，推进家庭医生签约服务，"
            "提升基层卫生服务能力和居民健康水平。"
        ],
    )
    s.row("绩效指标", merge=[(1, 8)])
    s.row(*HALF, *HALF)
    left = [
        ("产出指标", "数量指标", "家庭医生签约服务人数", "≥12000人"),
        (None, None, "老年人健康体检人数", "≥4500人"),
        (None, None, "慢病患者随访人次", "≥16000人次"),
        (None, None, "健康知识讲座场次", "≥48场"),
        (None, "质量指标", "体检报告规范率", "≥98%"),
        (None, None, "高血压患者规范管理率", "≥80%"),
        (None, "时效指标", "体检结果反馈时限", "≤15个工作日"),
        (None, None, "随访记录录入及时率", "≥95%"),
        ("成本指标", "经济成本指标", "老年人体检人均成本", "≤120元/人"),
        (None, None, "健康讲座场均成本", "≤2500元/场"),
    ]
    right = [
        ("效益指标", "社会效益指标", "辖区高血压患者血压控制率", "≥65%"),
        (None, None, "居民健康素养水平", "≥30%"),
        (None, "可持续影响指标", "家庭医生签约服务长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
        (None, None, "体检对象满意度", "≥90%"),
    ]
    halves(s, left, right, 4)
    signatures(s)
    return b


@variant(
    "mo02-side-by-side-department",
    (12,),
    "department, NAT-2021, two column pairs with operator columns side by side",
)
def side_by_side_department() -> Book:
    b = Book()
    s = b.sheet("部门整体", (14, 14, 26, 8, 14, 14, 14, 26, 8, 14))
    department_head(
        s,
        year=2027,
        dept="白沙河区文化和旅游局",
        budget=[
            (money(1860, WAN), money(1720, WAN), money(140, WAN), money(1150, WAN), money(710, WAN))
        ],
        tasks=[
            ("公共文化服务", "送戏下乡、农家书屋图书更新", money(320, WAN), "公益演出120场以上"),
            ("文物保护", "文物巡查与保护工程", money(210, WAN), "文物安全"),
            ("旅游推广", "旅游推介与节庆活动", money(180, WAN), "推介活动6次以上"),
            ("金额合计", None, money(710, WAN), None),
        ],
        goal="目标1：丰富群众文化生活；目标2：文物安全可控；目标3：旅游接待稳步增长。",
    )
    s.row("年度绩效指标", merge=[(1, 10)])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值")
    s.row(*head, *head)
    left = [
        ("产出指标", "数量指标", "公益演出场次", "≥", "120场"),
        (None, None, "文物安全巡查次数", "≥", "96次"),
        (None, None, "旅游推介活动次数", "≥", "6次"),
        (None, None, "农家书屋图书更新册数", "≥", "8000册"),
        (None, "质量指标", "演出节目审查合格率", "≥", pct(0.98)),
        (None, None, "文物保护工程验收合格率", "≥", pct(0.95)),
        (None, "时效指标", "公益演出按时开展率", "≥", pct(0.95)),
        ("成本指标", "经济成本指标", "公益演出场均补助", "≤", "1.5万元/场"),
    ]
    right = [
        ("效益指标", "社会效益指标", "公共文化设施年接待人次", "≥", "60万人次"),
        (None, None, "群众文化活动参与人次", "≥", "25万人次"),
        (None, "经济效益指标", "旅游接待人次同比增长率", "≥", pct(0.05)),
        (None, "可持续影响指标", "文物保护长效机制", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对公共文化服务满意度", "≥", pct(0.9)),
        (None, None, "游客满意度", "≥", pct(0.88)),
    ]
    halves(s, left, right, 5)
    s.skip()
    s.row("填报人：周岚", None, "联系电话：0731-5528016", merge=[(3, 5)])
    return b


@variant(
    "mo03-side-by-side-wrong",
    (1, 12),
    "project, OLD-NAT, two column pairs: money that does not add up, a rate over 100 % "
    "and ≥ on a 反向 rate in the right half",
)
def side_by_side_wrong() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 26, 16, 14, 14, 26, 16))
    total = mk(money(520, WAN), "B101", "error", note="440 + 60 = 500, not 520")
    project_head(
        s,
        year=2027,
        name="临溪县农村饮水安全巩固提升工程",
        dept="临溪县水利局（326011）",
        unit="临溪县农村供水管理站",
        money=one_year(total, 440, 60),
        goals=["2027年改造农村供水管网，新建水质检测点，巩固提升农村供水保障水平。"],
    )
    s.row(*HALF, *HALF)
    left = [
        ("产出指标", "数量指标", "改造供水管网长度", "≥85公里"),
        (None, None, "新建村级水质检测点", "≥12个"),
        (None, None, "更换智能水表", "≥6500块"),
        (None, "质量指标", "管网工程验收合格率", "≥95%"),
        (None, None, "水质检测覆盖率", "≥98%"),
        (None, "时效指标", "主体工程完工时间", "2027年11月30日前"),
        (None, "成本指标", "管网改造每公里成本", "≤4.2万元/公里"),
    ]
    right = [
        ("效益指标", "社会效益指标", "受益人口", "≥3.6万人"),
        (
            None,
            None,
            "农村自来水普及率",
            mk("≥102%", "T106", "error", note="a coverage rate cannot exceed 100 %"),
        ),
        (
            None,
            None,
            "供水水质投诉率",
            mk("≥2%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤ meant"),
        ),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ]
    halves(s, left, right, 4)
    signatures(s)
    return b


def _named(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """Rows whose name holds the target: the value column left empty."""
    return [(*r, None) for r in rows]


@variant(
    "mo04-name-holds-value-hospital",
    (1,),
    "project, NAT-2021, names holding their targets beside an empty 指标值 column",
)
def name_holds_value_hospital() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 36, 14))
    project_head(
        s,
        year=2027,
        name="临溪县人民医院县域医疗服务能力提升项目",
        dept="临溪县卫生健康局（326020）",
        unit="临溪县人民医院",
        money=one_year(850, 700, 150),
        goals=["2027年推广适宜技术，培训基层医生，提升县域就诊率，门诊、住院服务量稳步增长。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        _named(
            [
                ("产出指标", "数量指标", "门诊人次≥18万人次"),
                (None, None, "出院人次≥1.6万人次"),
                (None, None, "新开展适宜技术≥8项"),
                (None, None, "基层医生进修培训≥60人"),
                (None, "质量指标", "门诊病历书写合格率≥95%"),
                (None, None, "住院患者院内感染发生率≤1.5%"),
                (None, "时效指标", "新购设备安装调试完成时间：2027年10月31日前"),
                ("成本指标", "经济成本指标", "基层医生进修人均培训成本≤3000元/人"),
                ("效益指标", "社会效益指标", "县域内就诊率≥90%"),
                (None, None, "基层医疗卫生机构诊疗量占比≥60%"),
                (None, "可持续影响指标", "医共体双向转诊机制：有效运行"),
                ("满意度指标", "服务对象满意度指标", "门诊患者满意度≥90%"),
                (None, None, "住院患者满意度≥92%"),
            ]
        ),
        merged=(1, 2),
    )
    signatures(s)
    return b


@variant(
    "mo05-name-holds-value-department",
    (12,),
    "department, NAT-2021, every name holding its target, the 指标值 column empty",
)
def name_holds_value_department() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 16, 40, 14, 14, 14))
    department_head(
        s,
        year=2027,
        dept="青岚市梧溪区民政局",
        budget=[(2480, 2300, 180, 640, 1840)],
        tasks=[
            ("特困人员救助供养", "基本生活费、照料护理费", 960, "应保尽保"),
            ("临时救助", "急难型、支出型临时救助", 380, "及时救助"),
            ("养老服务补贴", "高龄津贴、养老服务站点运营", 500, "按月发放"),
            ("金额合计", None, 1840, None),
        ],
        goal="保障困难群众基本生活，做好高龄津贴发放和社区养老服务站点运营。",
    )
    s.row("一级指标", "二级指标", "三级指标（含指标值）", "指标值")
    s.table(
        _named(
            [
                ("产出指标", "数量指标", "特困人员救助供养人数≥820人"),
                (None, None, "临时救助人次≥1500人次"),
                (None, None, "高龄津贴发放人数≥9600人"),
                (None, None, "养老服务站点运营数≥14个"),
                (None, "质量指标", "救助资金社会化发放率100%"),
                (None, None, "救助对象信息准确率≥98%"),
                (None, "时效指标", "临时救助审批时限≤5个工作日"),
                (None, None, "高龄津贴按月发放及时率≥98%"),
                ("成本指标", "经济成本指标", "养老服务站点年均运营补助≤30万元/个"),
                ("效益指标", "社会效益指标", "困难群众基本生活保障率100%"),
                (None, "可持续影响指标", "社会救助对象动态管理覆盖率100%"),
                ("满意度指标", "服务对象满意度指标", "救助对象满意度≥90%"),
                (None, None, "老年人对养老服务满意度≥88%"),
            ]
        ),
        merged=(1, 2),
    )
    s.skip()
    s.row("填报人：吴芸", None, "审核人：陆振", None, "联系电话：0731-8860245")
    return b


@variant(
    "mo06-name-holds-value-wrong",
    (1,),
    "project, NAT-2021, names holding their targets: a rate given as a count and one "
    "indicator twice with different targets",
)
def name_holds_value_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 36, 14))
    project_head(
        s,
        year=2027,
        name="白沙河区中小学校园安全提升项目",
        dept="白沙河区教育局（215004）",
        unit="白沙河区教育局",
        money=one_year(460, 460, 0),
        goals=["2027年完成全区中小学校园监控和消防设施改造，排查整改校园安全隐患。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    first = ok(
        "校园监控设备安装数量≥320台", "error", note="the first of the two rows D102 may name"
    )
    s.table(
        _named(
            [
                ("产出指标", "数量指标", first),
                (None, None, "消防设施改造学校≥26所"),
                (
                    None,
                    None,
                    mk(
                        "校园监控设备安装≥300台",
                        "D102",
                        "error",
                        row=True,
                        alt=("D103",),
                        note="the same indicator as the first 数量 row, 300 vs 320",
                    ),
                ),
                (None, None, "安全教育培训人次≥1.2万人次"),
                (
                    None,
                    "质量指标",
                    mk(
                        "校园安全隐患整改率≥120处",
                        "T105",
                        "error",
                        row=True,
                        note="a rate given as a count of hazards",
                    ),
                ),
                (None, None, "设备安装验收合格率≥95%"),
                (None, "时效指标", "改造工程完工时间：2027年8月25日前"),
                ("成本指标", "经济成本指标", "单台监控设备采购安装成本≤0.6万元/台"),
                ("效益指标", "社会效益指标", "校园安全责任事故发生率≤1%"),
                (None, "可持续影响指标", "校园安全隐患排查长效机制：健全"),
                ("满意度指标", "服务对象满意度指标", "家长满意度≥90%"),
                (None, None, "师生满意度≥90%"),
            ]
        ),
        merged=(1, 2),
    )
    signatures(s)
    return b
