"""Air-quality monitoring stations (空气质量自动监测站): kcg01–kcg06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout751.common import (
    CENTRE,
    DEPT,
    HEAD4,
    HEAD_PERIOD,
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout751.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "kcg01-station-upgrade",
    (1, 12),
    "project, NAT-2021, operator column (指标性质 as ≥/≤) and unit column, typed "
    "percent cells, goal count with its parts in brackets (correct)",
)
def kcg01() -> Book:
    b, s = start()
    goal = ("完成15个空气站升级改造（其中国控站5个、省控站10个），更新颗粒物监测仪30台，"
            "站点数据有效率不低于90%。")  # fmt: skip
    project_head(s, year=YEAR, name="省控空气质量自动监测站升级改造", dept=DEPT, unit=CENTRE,
                 money=one_year(120, 100, 20), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "升级改造站点数", "≥", 15, "个"),
        (None, None, "其中：国控站升级改造数", "≥", 5, "个"),
        (None, None, "更新颗粒物监测仪", "≥", 30, "台"),
        (None, "质量指标", "站点数据有效率", "≥", pct(0.9), "%"),
        (None, None, "手工比对合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "单站升级改造成本", "≤", 8, "万元/站"),
        ("效益指标", "社会效益指标", "空气质量信息公开及时率", "≥", pct(0.98), "%"),
        (None, "生态效益指标", "PM2.5年均浓度下降率", "≥", pct(0.03), "%"),
        (None, "可持续影响指标", "改造站点设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "属地生态环境部门满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "87153296", day(YEAR - 1, 12, 2))
    return b


@variant(
    "kcg02-county-network-three-year",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts beside "
    "smaller annual ones, a rate raised in 百分点 (correct)",
)
def kcg02() -> Book:
    b, s = start()
    goals = ("2025—2027年新建县域空气站45个，实现县（市、区）全覆盖，"
             "为2028年开展县域空气质量排名积累连续三年数据。",
             "2025年新建县域空气站15个，完成联网并稳定运行。")  # fmt: skip
    project_head(s, year=YEAR, name="县域空气质量自动监测网络建设", dept=DEPT, unit=CENTRE,
                 money=multi_year((450, 420, 30), (150, 140, 10)), goals=goals, years=3,
                 attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建县域空气站", "≥45个", "≥15个"),
        (None, None, "站点联网数", "≥45个", "≥15个"),
        (None, "质量指标", "站点数据有效率", pct(0.9), pct(0.9)),
        (None, None, "站点验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤10万元/站", "≤10万元/站"),
        ("效益指标", "生态效益指标", "全省优良天数比例", "提高≥1.5百分点", "提高≥0.5百分点"),
        (None, "社会效益指标", "县域空气质量信息公开覆盖率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "站点设计运行年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "县级生态环境部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "87153296", day(YEAR - 1, 12, 5))
    return b


@variant(
    "kcg03-station-om-defects",
    (12,),
    "project, OLD-NAT, one value column: a goal count the indicator gives otherwise, "
    "unit cost × stations above the money, a rate under 时效",
)
def kcg03() -> Book:
    b, s = start()
    goal = "对全省60个省控空气站开展运行维护，全年开展质控比对120站次，数据有效率不低于90%。"
    project_head(s, year=YEAR, name="省控空气质量自动监测站运行维护", dept=DEPT, unit=CENTRE,
                 money=one_year(150, 150, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运维站点数", "≥60个"),
        (None, None, "质控比对次数", mk("≥100站次", "D104", "warning", row=True,
                                         note="the goal says 质控比对120站次")),
        (None, "质量指标", "颗粒物手工比对合格率", "≥90%"),
        (None, "时效指标", "故障响应时间", "≤24小时"),
        (None, None, "站点数据有效率", mk(pct(0.9), "F201", "warning", row=True,
                                           note="a quality rate under 时效指标")),
        (None, "成本指标", "单站年运维费", mk("≤3万元/站", "B107", "warning", row=True,
                                           note="3万元 × 60站 = 180万元 > 年度资金 150万元")),
        ("效益指标", "社会效益指标", "空气质量实时发布率", "≥98%"),
        (None, "可持续影响指标", "运维档案完整率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "市县生态环境部门满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯望舒", "87153296", day(YEAR - 1, 12, 2))
    return b


@variant(
    "kcg04-stacked-component-voc",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value column: the second "
    "project's money and its end date are wrong",
)
def kcg04() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="颗粒物组分监测网运行", dept=DEPT, unit=CENTRE,
                 money=one_year(140, 120, 20),
                 goals=["保障10个组分站稳定运行，数据有效率不低于90%，"
                        "按季度形成来源解析报告。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "组分站运行数", "≥10个"),
        (None, None, "来源解析报告", "≥4份"),
        (None, "质量指标", "数据有效率", "≥90%"),
        (None, "时效指标", "季度报告报送时间", "季后15日内"),
        (None, "成本指标", "单站年运行费", "≤14万元/站"),
        ("效益指标", "社会效益指标", "解析成果支撑重污染应对次数", "≥3次"),
        ("满意度指标", "服务对象满意度指标", "大气环境管理处室满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    end = mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101", "Y103"),
             note="a one-year 2025 project (项目期 1年) planned to end in June 2026")  # fmt: skip
    total = mk(money(95, WAN), "B101", "error", note="80 + 10 = 90, not 95")
    project_head(s, year=YEAR, name="臭氧前体物（VOCs）走航监测", dept=DEPT, unit=CENTRE,
                 money=one_year(total, 80, 10), end=end, title="",
                 goals=["开展重点园区VOCs走航监测40次，数据有效率不低于85%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "走航监测次数", "≥40次"),
        (None, "质量指标", "数据有效率", "≥85%"),
        (None, "时效指标", "走航报告报送时间", "≤5个工作日"),
        (None, "成本指标", "单次走航成本", "≤2万元/次"),
        ("效益指标", "生态效益指标", "走航发现问题交办整改率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "园区管理机构满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kcg05-centre-department-points",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points and an indicator score "
    "column (100 both ways), tasks add up (correct)",
)
def kcg05() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(2860), wan(2700), wan(160), wan(1960), wan(900)),
    ], tasks=[
        ("空气站运维", "60个省控空气站运行维护", wan(420), "数据有效率≥90%"),
        ("监测质控与比对", "手工比对与质控抽查", wan(280), "比对合格率≥95%"),
        ("数据平台运行", "空气质量数据平台运行", wan(200), "按月发布空气质量状况"),
        ("金额合计", None, wan(900), None),
    ], goal="保障全省60个空气站稳定运行，数据有效率不低于90%，按月发布空气质量状况。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "空气站运维站点数", "≥60个", 10),
        (None, None, "空气质量月报编制", "≥12期", 5),
        (None, "（二）质量指标", "监测数据有效率", pct(0.9), 10),
        (None, None, "质控比对合格率", "≥95%", 5),
        (None, "（三）时效指标", "月报发布时间", "次月10日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单站年运维成本", "≤7万元/站", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "空气质量信息公开率", "=100%", 10),
        (None, None, "重污染天气预警提前时间", "≥48小时", 10),
        (None, "（二）生态效益指标", "全省PM2.5平均浓度比上年下降", "≥2%", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "公众对空气质量信息服务满意度",
         "≥90%", 10),
        (None, None, "市县监测站满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值与各三级指标分值均合计100分，按三级指标分值评分。")
    return b


@variant(
    "kcg06-township-network-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied, an "
    "annual count above its period, a count copied",
)
def kcg06() -> Book:
    b, s = start()
    text = (
        "建设县乡两级空气质量监测网络，新建乡镇空气站30个、微型监测站300个，培训运维人员450人次。"
    )
    copied = mk(text, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project_head(s, year=YEAR, name="乡镇空气质量监测网络建设", dept=DEPT, unit=CENTRE,
                 money=multi_year((900, 900, 0), (300, 300, 0)), goals=(text, copied),
                 years=3, attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建乡镇空气站", "≥30个",
         mk("≥36个", "D201", "error", alt=("D104",), note="36 in 2025 of 30 in 2025—2027")),
        (None, None, "新建微型监测站", "≥300个", "≥120个"),
        (None, None, "培训运维人员", "≥450人次",
         mk("≥450人次", "D202", "warning", note="the three-year count copied into 年度")),
        (None, "质量指标", "站点验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "微型站单站建设成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "乡镇空气质量数据公开率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "乡镇政府满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
