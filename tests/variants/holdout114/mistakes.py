"""Returns lt13–lt18, each with one to two ordinary mistakes a careful reviewer flags: money
that does not add up, weights short of their 合计, a rate over 100 %, an operator against the
direction, a conflicting duplicate, a 中期 count copied into 年度, a phase ending after the
budget year, a rate given as a count, a unit conflict and a doubled operator."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout114.common import book, footer, indicators, multi_year, one_year
from tests.variants.holdout114.registry import variant
from tests.variants.kit import Book, C, mk, money, pct

NAMES = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "lt13-money-not-adding",
    (12,),
    "project, NAT-2021, value and 计量单位 columns: 年度资金总额 380 ≠ 财政拨款 300 + 其他资金 60",
)
def lt13() -> Book:
    b, s = book()
    total = mk(money(380), "B101", "error", note="300 + 60 = 360")
    project_head(
        s,
        year=2026,
        name="溱水区背街小巷路灯节能改造",
        dept="溱水区城市管理局（422）",
        unit="溱水区市政照明管理所",
        attr="一次性项目",
        money=one_year(total, 300, 60),
        goals=["改造背街小巷路灯1500盏，亮灯率98%以上，路灯年用电量较2025年下降30%以上。"],
    )
    indicators(
        s,
        (*NAMES, "计量单位"),
        [
            ("成本指标", "经济成本指标", "单盏路灯改造成本", "≤2200", "元/盏"),
            (None, "社会成本指标", "夜间施工扰民投诉", "≤3", "件"),
            ("产出指标", "数量指标", "改造LED节能路灯", "≥1500", "盏"),
            (None, None, "覆盖背街小巷", "≥86", "条"),
            (None, "质量指标", "路灯亮灯率", "≥98%", "%"),
            (None, None, "灯具进场抽检", "合格", None),
            (None, "时效指标", "改造完工时间", "2026年10月底前", None),
            (None, None, "故障路灯修复时限", "≤24", "小时"),
            ("效益指标", "生态效益指标", "路灯年用电量", "较2025年下降30%以上", "%"),
            (None, "社会效益指标", "背街小巷夜间照明覆盖率", "≥95%", "%"),
            (None, "可持续影响指标", "路灯智能监控平台", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "%"),
        ],
    )
    footer(s, "钱宇航", "0551-6230 9917", "2025年11月20日")
    return b


@variant(
    "lt14-weights-short-rate-over",
    (10,),
    "project, NAT-2021, 权重 per tier-3: the weights "
    "add to 95 under a 合计 of 100; a 完成率 of ≥105%",
)
def lt14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="澄川县基层卫生人员能力提升培训",
        dept="澄川县卫生健康局（330）",
        unit="澄川县卫生健康人才发展中心",
        money=one_year(96, 90, 6),
        goals=["培训乡镇卫生院和村卫生室人员不少于800人次，结业考核合格率90%以上。"],
    )
    indicators(
        s,
        (*NAMES, "权重"),
        [
            ("产出指标", "数量指标", "培训基层卫生人员", "≥800人次", 10),
            (None, None, "举办培训班", "8-10期", 5),
            (None, None, "年度培训计划完成率", mk("≥105%", "T106", "error"), 10),
            (None, "质量指标", "结业考核合格率", "≥90%", 10),
            (None, "时效指标", "培训完成时间", "2026年11月底前", 10),
            ("成本指标", "经济成本指标", "人均培训成本", "≤1100元/人次", 10),
            ("效益指标", "社会效益指标", "乡镇卫生院门急诊人次", "较2025年增长5%以上", 10),
            (None, None, "村卫生室常见病规范诊疗率", "≥85%", 10),
            (None, "可持续影响指标", "基层卫生人员继续教育制度", "健全", 10),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
        ],
    )
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    b.file_mark("W101", "error", note="10+5+10+10+10+10+10+10+10+10 = 95, not the 合计 100")
    footer(s, "冯思远", "0576-8877 2031", "2025年11月19日")
    return b


@variant(
    "lt15-direction-and-duplicate",
    (11,),
    "project, OLD-NAT, 比较符 and 计量单位 columns: "
    "a 投诉率 with ≥, one rate listed twice with different targets",
)
def lt15() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="梧岭县城乡生活垃圾收运处置一体化",
        dept="梧岭县城市管理局（415）",
        unit="梧岭县环境卫生管理所",
        attr="延续项目",
        money=one_year(1350, 1200, 150),
        goals=["城乡生活垃圾日产日清，无害化处理率95%以上，新增分类收集点200个。"],
    )
    h = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(
        s,
        h,
        [
            ("产出指标", "数量指标", "生活垃圾收运量", "≥", 9.5, "万吨"),
            (None, None, "新增垃圾分类收集点", "≥", 200, "个"),
            (None, None, "垃圾转运车辆维保", None, "3-5", "次/年"),
            (
                None,
                "质量指标",
                mk(
                    "生活垃圾无害化处理率",
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("D101", "D103"),
                ),
                "≥",
                pct(0.95),
                "%",
            ),
            (None, None, "收运车辆密闭化率", "=", pct(1), "%"),
            (None, "时效指标", "垃圾清运时限", "≤", 24, "小时"),
            (None, "成本指标", "垃圾收运处置单位成本", "≤", 135, "元/吨"),
            (
                "效益指标",
                "社会效益指标",
                mk("生活垃圾无害化处理率", "D102", "error", row=True, alt=("D101", "D103")),
                "≥",
                pct(0.98),
                "%",
            ),
            (None, None, "垃圾收运投诉率", mk("≥", "T108", "warning", row=True), pct(0.02), "%"),
            (None, "生态效益指标", "垃圾分类回收利用率", "≥", pct(0.35), "%"),
            (None, "可持续影响指标", "城乡环卫一体化长效机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥", pct(0.9), "%"),
        ],
    )
    footer(s, "韩立诚", "0598-6631 4450", "2025年11月21日")
    return b


@variant(
    "lt16-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: two "
    "cumulative counts copied from 中期 into 年度",
)
def lt16() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="鹤汀县村级互助养老服务站建设",
        dept="鹤汀县民政局（208）",
        unit="鹤汀县养老服务指导中心",
        attr="新增项目",
        money=multi_year((1500, 1200, 300), (500, 400, 100)),
        goals=[
            "2026—2028年建成村级互助养老服务站30个，培训养老护理员900人次。",
            "2026年建成村级互助养老服务站10个，培训养老护理员300人次。",
        ],
    )
    copied = "中期累计数照抄进年度"

    def after_copy(v: str) -> C:
        return mk(
            v,
            "B107",
            "warning",
            row=True,
            required=False,
            note="the copied annual counts times the standard exceed the annual budget",
        )

    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "成本指标",
                "经济成本指标",
                "服务站建设补助标准",
                "≤35万元/个",
                after_copy("≤35万元/个"),
            ),
            (None, None, "护理员培训人均成本", "≤1500元/人次", after_copy("≤1500元/人次")),
            (
                "产出指标",
                "数量指标",
                "新建村级互助养老服务站",
                "≥30个",
                mk("≥30个", "D202", "warning", alt=("D104",), note=copied),
            ),
            (
                None,
                None,
                "培训养老护理员",
                "≥900人次",
                mk("≥900人次", "D202", "warning", alt=("D104",), note=copied),
            ),
            (None, None, "开展助餐服务", "≥18万人次", "≥4万人次"),
            (None, "质量指标", "服务站建设验收合格率", "=100%", "=100%"),
            (None, "时效指标", "服务站建成投用时间", "2028年10月底前", "2026年11月底前"),
            ("效益指标", "社会效益指标", "农村老年人互助养老服务覆盖率", "≥60%", "≥25%"),
            (None, "可持续影响指标", "服务站运营管理制度", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
        ],
    )
    footer(s, "杜宛秋", "0593-7712 118", "2025年11月22日")
    return b


@variant(
    "lt17-phase-next-year",
    (1,),
    "one-year project, NAT-2021, 备注 column: the second "
    "phase ends in 2027, a 覆盖率 given as a count of stations",
)
def lt17() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="岚溪县电子商务进农村综合示范",
        dept="岚溪县商务局（236）",
        unit="岚溪县电子商务公共服务中心",
        attr="一次性项目",
        money=one_year(420, 400, 20),
        goals=["建设县级电商公共服务中心和村级服务站点120个，农村网络零售额增长15%以上。"],
    )
    indicators(
        s,
        (*NAMES, "备注"),
        [
            ("产出指标", "数量指标", "建设村级电商服务站点", "≥120个", "实施方案"),
            (None, None, "电商实操培训", "≥1500人次", None),
            (None, "质量指标", "服务站点验收合格率", "=100%", None),
            (None, None, mk("行政村电商服务站点覆盖率", "T105", "error", row=True), "≥120个", None),
            (
                None,
                "时效指标",
                "项目建设完成时间",
                mk("一期2026年9月底前完成、二期2027年3月底前完成", "Y102", "error", alt=("Y101",)),
                "一年期项目",
            ),
            ("成本指标", "经济成本指标", "村级服务站点建设补助", "≤1.5万元/个", "含设备"),
            (None, None, "培训人均成本", "≤600元/人次", None),
            ("效益指标", "经济效益指标", "农村网络零售额", "较2025年增长15%以上", "商务部门统计"),
            (None, "社会效益指标", "带动农户增收户数", "≥2000户", None),
            (None, "可持续影响指标", "县乡村三级物流配送体系", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "参训农户满意度", "≥90%", "问卷调查"),
        ],
    )
    footer(s, "曹一鸣", "0745-2218 6093", "2025年11月24日")
    return b


@variant(
    "lt18-unit-and-operator",
    (1,),
    "project, OLD-NAT, value and 计量单位 columns: a 公里 value under a 万元 unit, a doubled ≥≥",
)
def lt18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="澄川县农村公路日常养护",
        dept="澄川县交通运输局（341）",
        unit="澄川县公路养护中心",
        attr="常年项目",
        money=one_year(420, 420, 0),
        goals=["完成农村公路日常养护320公里，路面技术状况优良率85%以上。"],
    )
    indicators(
        s,
        (*NAMES, "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "农村公路日常养护里程",
                mk("≥320公里", "T112", "error", row=True),
                "万元",
            ),
            (None, None, "危桥改造", "≥4", "座"),
            (None, None, "路面坑槽修补面积", "≥1.2万", "平方米"),
            (None, "质量指标", "路面技术状况优良率", mk("≥≥85%", "T116", "warning"), "%"),
            (None, None, "危桥改造交工验收", "合格", None),
            (None, "时效指标", "水毁路段抢通时限", "≤48", "小时"),
            (None, "成本指标", "日常养护单位成本", "≤1.2", "万元/公里"),
            ("效益指标", "社会效益指标", "农村公路交通事故起数", "较2025年下降10%以上", "%"),
            (None, None, "通客车行政村比例", "=100%", "%"),
            (None, "可持续影响指标", "路长制管养机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "%"),
        ],
    )
    footer(s, "董志远", "0576-8530 2214", "2025年11月18日")
    return b
