"""One-year project tables (oo01–oo08): operators inside the values, operator and unit columns,
a Shanghai-framework return in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout187.common import footer, header, one_year
from tests.variants.holdout187.registry import variant
from tests.variants.kit import YUAN, Book, mk, ok, pct

PROJ = (16, 18, 30, 18, 18, 16)


@variant(
    "oo01-road-maintenance-correct",
    (11, 12),
    "project, one year, NAT-2021, operators inside the values, merged tiers; a 下降率 "
    "≥10% written as the size of the fall; standard × 公里 within the money",
)
def oo01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="溪川县农村公路日常养护及危桥改造",
        dept="溪川县交通运输局（312001）",
        unit="溪川县农村公路养护中心",
        money=one_year(180, 150, 30),
        goals=(
            "完成农村公路日常养护420公里，改造危桥6座，养护路段优良路率达到85%以上，"
            "道路交通事故起数比上年下降10%以上。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农村公路日常养护里程", "≥420公里"),
            (None, None, "危桥改造数量", "≥6座"),
            (None, "质量指标", "养护路段优良路率", "≥85%"),
            (None, "时效指标", "危桥改造完工时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "每公里日常养护补助标准", "≤3000元/公里"),
            ("效益指标", "社会效益指标", "道路交通事故下降率", "≥10%"),
            (None, "可持续影响指标", "农村公路养护长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="陈晓岚", tel="0571-6602318")
    return b


@variant(
    "oo02-drainage-total-is-fiscal",
    (12,),
    "project, one year, OLD-NAT, operator column (指标性质) and unit column, percent cells; "
    "资金总额 equals 财政拨款 alone while 其他资金 is 40",
)
def oo02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    total = mk(260, "B101", "error", note="260 = 财政拨款 alone; + 其他资金 40 makes 300")
    project_head(
        s,
        year=2026,
        name="白沙河区城区排水管网清疏维护",
        dept="白沙河区住房和城乡建设局（205003）",
        unit="白沙河区市政设施养护所",
        money=one_year(total, 260, 40),
        goals=(
            "完成城区排水管网清疏150公里，维修检查井800座，消除易涝积水点12个，"
            "整改雨污混接点30处。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "排水管网清疏长度", "≥", 150, "公里"),
            (None, None, "检查井维修数量", "≥", 800, "座"),
            (None, "质量指标", "清疏后管道通畅率", "≥", pct(0.95), "%"),
            (None, "时效指标", "汛前清疏完成时间", "≤", "2026年5月31日", None),
            (None, "成本指标", "管网清疏单价", "≤", 1.2, "万元/公里"),
            ("效益指标", "社会效益指标", "易涝积水点消除数量", "≥", 12, "个"),
            (None, "生态效益指标", "雨污混接点整改数量", "≥", 30, "处"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="刘泽宇", tel="0731-8845102", note="注：指标性质栏填写≥、≤或=；金额单位为万元。")
    return b


@variant(
    "oo03-home-care-score-correct",
    (1, 11),
    "project, one year, NAT-2021, unit column; a 满意度测评得分 ≥95 分 (a score, legitimately "
    "in 分) and a 安全事故发生数 =0 起",
)
def oo03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="青岚市社区居家养老服务",
        dept="青岚市民政局（408001）",
        unit="青岚市养老服务指导中心",
        money=one_year(96, 80, 16),
        attr="常年项目",
        goals=(
            "为1200名以上老年人提供助餐服务，上门服务18000人次以上，服务安全事故零发生，"
            "老年人满意度测评得分不低于95分。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "助餐服务老年人数", "≥1200", "人"),
            (None, None, "上门助浴助洁服务人次", "≥18000", "人次"),
            (None, "质量指标", "服务人员持证上岗率", "≥95", "%"),
            (None, "时效指标", "服务需求响应时间", "≤24", "小时"),
            ("成本指标", "经济成本指标", "上门服务每人次补贴标准", "≤30", "元/人次"),
            ("效益指标", "社会效益指标", "助餐服务覆盖社区比例", "≥60", "%"),
            (None, None, "服务安全事故发生数", "=0", "起"),
            ("满意度指标", "服务对象满意度指标", "老年人满意度测评得分", "≥95", "分"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "oo04-water-pipe-cost-above-money",
    (12,),
    "project, one year, NAT-2021, unit column; 每公里 22 万元 × 25 公里 = 550 above the annual 450",
)
def oo04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="临溪县城乡供水管网改造提升",
        dept="临溪县水利局（517002）",
        unit="临溪县供水服务中心",
        money=one_year(450, 400, 50),
        attr="新增项目",
        goals=("新建改造城乡供水管网25公里，新增通水农户3200户，工程于2026年10月底前完工。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建改造供水管网长度", "≥25", "公里"),
            (None, None, "新增通水农户数", "≥3200", "户"),
            (None, "质量指标", "出厂水水质达标率", "≥98", "%"),
            (None, "时效指标", "管网工程完工时间", "2026年10月31日前", None),
            (
                "成本指标",
                "经济成本指标",
                "每公里管网改造成本",
                mk("≤22", "B107", "warning", row=True, note="22 × 25 = 550 > 450"),
                "万元/公里",
            ),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥95", "%"),
            (None, "可持续影响指标", "管网运行维护机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="吴海峰", tel="0578-3321906")
    return b


@variant(
    "oo05-training-rate-in-people-next-year",
    (11,),
    "project, one year, OLD-NAT, operators inside the values; a 完成率 written ≥100人 and a "
    "时效 deadline in the year after the budget year",
)
def oo05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="松阳市农民工职业技能提升培训",
        dept="松阳市人力资源和社会保障局（603004）",
        unit="松阳市职业技能培训指导中心",
        money=one_year(260, 230, 30),
        goals=("年内培训农民工1500人以上，培训考核合格率90%以上，参训人员就业率达到70%以上。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农民工职业技能培训人数", "≥1500人"),
            (None, None, "培训计划完成率", mk("≥100人", "T105", "error")),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (
                None,
                "时效指标",
                "培训结业考核完成时间",
                mk("2027年3月31日前", "Y102", "error", note="a 2026 one-year project"),
            ),
            (None, "成本指标", "人均培训成本", "≤1600元/人"),
            ("效益指标", "社会效益指标", "参训人员就业率", "≥70%"),
            (None, "可持续影响指标", "技能培训长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="周嘉敏", tel="0596-2287415")
    return b


@variant(
    "oo06-shanghai-culture-correct",
    (1, 12),
    "project, one year, Shanghai framework, money in 元 in the number format; a 资金使用率 "
    "≤100% under 投入与管理, =0 起, a 满意度 ≥95%",
)
def oo06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2025,
        name="社区公共文化活动配送",
        dept="青浦岭区文化和旅游局",
        unit="青浦岭区群众艺术馆",
        money=one_year(1280000, 1080000, 200000, YUAN),
        money_label="项目资金（元）",
        title="2025年度财政项目支出绩效目标表",
        goals=(
            "全年配送社区公共文化活动120场，服务居民15000人次以上，活动安全事故零发生，"
            "参与居民满意度达到95%以上。",
        ),
    )
    header(s, "一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(
        [
            ("投入与管理", "财务管理", "项目资金使用率", "≤100%"),
            (None, "实施管理", "活动配送方案审批", "规范"),
            ("产出目标", "数量", "社区文化活动配送场次", "≥120场"),
            (None, None, "服务居民人次", "≥15000人次"),
            (None, "质量", "活动安全事故发生数", "=0起"),
            (None, "时效", "年度配送完成时间", "2025年12月20日前"),
            (None, "成本", "每场活动平均成本", "≤9000元/场"),
            ("效果目标", "社会效益", "社区居民文化活动参与率", "≥35%"),
            (None, "满意度", "参与居民满意度", "≥95%"),
            ("影响力目标", "长效管理", "社区文化活动常态化机制", "建立并执行"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "oo07-school-tier2-as-name-score",
    (5,),
    "project, one year, NAT-2021, unit column, merged tiers; the tier-2 name "
    "服务对象满意度指标 written in the tier-3 column, a plain 满意度 written ≥95 分",
)
def oo07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="中小学校园安全防控能力提升",
        dept="临溪县教育局（517008）",
        unit="临溪县教育技术装备中心",
        money=one_year(140, 120, 20),
        attr="一次性项目",
        goals=("新增校园视频监控点位260个，开展教师安全培训900人次，2026年8月底前完成设备安装。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新增校园视频监控点位", "≥260", "个"),
            (None, None, "教师安全培训人次", "≥900", "人次"),
            (None, "质量指标", "监控设备验收合格率", "≥98", "%"),
            (None, "时效指标", "设备安装完成时间", "2026年8月31日前", None),
            ("成本指标", "经济成本指标", "每个监控点位建设成本", "≤0.35", "万元/个"),
            ("效益指标", "社会效益指标", "校园治安案件下降率", "≥15", "%"),
            (
                "满意度指标",
                "",
                mk(
                    "服务对象满意度指标",
                    "F102",
                    "error",
                    row=True,
                    alt=("S101", "F110"),
                    note="the tier-2 name in the tier-3 column: no indicator, tier-2 cell empty",
                ),
                "≥90",
                "%",
            ),
            (
                None,
                "服务对象满意度指标",
                "学生家长满意度",
                mk("≥95", "T105", "error", row=True, note="a 满意度 in 分, not a percentage"),
                "分",
            ),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "oo08-greenway-text-and-duplicate",
    (4,),
    "project, one year, NAT-2021, operators inside the values; the 年度目标 promises 30 公里 "
    "while the indicator says ≥20公里, one count under 产出 and again under 效益",
)
def oo08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="青岚市城市绿道网络建设",
        dept="青岚市园林绿化局（408010）",
        unit="青岚市绿道建设管理中心",
        money=one_year(380, 300, 80),
        attr="新增项目",
        goals=(
            ok(
                "年内新建城市绿道30公里，新增健身驿站8个，绿道沿线新增绿化面积6万平方米。",
                note="the text's 30 公里 against the indicator's ≥20公里",
            ),
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建城市绿道长度",
                mk("≥20公里", "D104", "warning", row=True, note="the 年度目标 says 30公里"),
            ),
            (None, None, ok("新增健身驿站数量", note="the first of the two"), "≥8个"),
            (None, "质量指标", "绿道工程验收合格率", "=100%"),
            (None, "时效指标", "绿道建成开放时间", "2026年12月25日前"),
            ("成本指标", "经济成本指标", "绿道每公里建设成本", "≤12万元/公里"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    "新增健身驿站数量",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D103",),
                    note="the same count as under 数量指标",
                ),
                "≥8个",
            ),
            (None, "生态效益指标", "绿道沿线新增绿化面积", "≥6万平方米"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="沈一帆", tel="0571-8890213", note="注：本表金额单位为万元。")
    return b
