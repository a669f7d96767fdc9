"""部门整体 tables (oo13–oo16): budget with sources and uses, key tasks with a 金额合计."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout187.common import amount, footer, header
from tests.variants.holdout187.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = (18, 18, 30, 18, 18, 16)


def budget(
    total: object, fiscal: float, other: float, basic: float, project: float
) -> list[tuple[object, ...]]:
    return [tuple(amount(v) for v in (total, fiscal, other, basic, project))]


@variant(
    "oo13-culture-centre-department-correct",
    (12,),
    "department, NAT-2021, 实施周期 and 年度 columns (equal, one year), tasks adding to the "
    "项目支出; a 满意度 ≥95%, =0 起, a 增长率",
)
def oo13() -> Book:
    b = Book()
    s = b.sheet("部门整体", DEPT)
    department_head(
        s,
        year=2027,
        dept="白沙河区文化馆",
        budget=budget(1460, 1300, 160, 980, 480),
        tasks=[
            (
                "公益文化活动",
                "组织群众文艺演出、展览和讲座",
                amount(260),
                "举办公益文化活动300场以上",
            ),
            (
                "非遗保护传承",
                "非遗项目传承人授课和展示",
                amount(120),
                "开展非遗传承培训2000人次以上",
            ),
            ("数字文化馆建设", "数字资源采集和平台上线", amount(100), "新增数字文化资源1500条"),
            ("金额合计", None, amount(480), None),
        ],
        goal="全年举办公益文化活动300场以上，开展非遗传承培训2000人次以上，数字文化馆于2027年9月底"
        "前上线，群众满意度达到95%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "公益文化活动场次", "≥300场", "≥300场"),
            (None, None, "非遗传承培训人次", "≥2000人次", "≥2000人次"),
            (None, None, "新增数字文化资源条目", "≥1500条", "≥1500条"),
            (None, "质量指标", "活动安全事故发生数", "=0起", "=0起"),
            (None, "时效指标", "数字文化馆上线时间", "2027年9月30日前", "2027年9月30日前"),
            ("成本指标", "经济成本指标", "每场公益活动平均成本", "≤0.6万元/场", "≤0.6万元/场"),
            ("效益指标", "社会效益指标", "文化馆服务人次增长率", "≥8%", "≥8%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "≥95%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "oo14-emergency-total-is-fiscal-score",
    (12,),
    "department, NAT-2021, unit column; 资金总额 equals 财政拨款 alone while 其他资金 is 120 "
    "(基本支出 + 项目支出 agree with the wrong total), a plain 满意度 written ≥95 分",
)
def oo14() -> Book:
    b = Book()
    s = b.sheet("部门整体", DEPT)
    total = mk(1850, "B101", "error", note="1850 = 财政拨款 alone; + 其他资金 120 makes 1970")
    department_head(
        s,
        year=2026,
        dept="临溪县应急管理局",
        budget=budget(total, 1850, 120, 1200, 650),
        tasks=[
            (
                "安全生产执法检查",
                "重点行业企业执法检查和隐患排查",
                amount(220),
                "检查企业600家以上",
            ),
            ("应急物资储备", "防汛抗旱和救灾物资采购储备", amount(260), "上半年完成物资采购"),
            ("应急演练与培训", "综合应急演练和救援队伍培训", amount(170), "演练40场、培训3000人次"),
            ("金额合计", None, amount(650), None),
        ],
        goal="全年检查企业600家以上，组织应急演练40场、培训3000人次，较大以上生产安全事故零发生。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "安全生产执法检查企业数", "≥600", "家"),
            (None, None, "应急演练场次", "≥40", "场"),
            (None, None, "应急培训人次", "≥3000", "人次"),
            (None, "质量指标", "重大事故隐患整改率", "=100", "%"),
            (None, "时效指标", "应急物资采购完成时间", "2026年6月30日前", None),
            ("成本指标", "经济成本指标", "每场应急演练平均成本", "≤1.5", "万元/场"),
            ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥10", "%"),
            (None, None, "较大以上生产安全事故发生数", "=0", "起"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "企业和群众满意度",
                mk("≥95", "T105", "error", row=True, note="a 满意度 in 分, not a percentage"),
                "分",
            ),
        ],
        merged=(1, 2),
    )
    footer(s, who="杨立群", tel="0578-3310452")
    return b


@variant(
    "oo15-street-office-weights-correct",
    (10,),
    "department, NAT-2021, a weight column adding to 100; a 下降率 ≥5%, =0 起, a standard × "
    "count within the task money",
)
def oo15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", DEPT)
    department_head(
        s,
        year=2026,
        dept="白沙河区青石街道办事处",
        budget=budget(2300, 2100, 200, 1500, 800),
        filled=day(2025, 12, 5),
        tasks=[
            ("背街小巷整治", "路面、管线和立面整治", amount(350), "完成25条背街小巷整治"),
            ("为老服务", "社区老年食堂助餐服务", amount(250), "助餐服务36000人次"),
            ("平安建设", "网格化治理和消防安全", amount(200), "较大火灾事故零发生"),
            ("金额合计", None, amount(800), None),
        ],
        goal="完成25条背街小巷整治，提供老年人助餐服务36000人次，辖区较大火灾事故零发生，居民满意度"
        "达到90%以上。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.table(
        [
            ("产出指标", "数量指标", "背街小巷整治条数", "≥25条", 10),
            (None, None, "老年人助餐服务人次", "≥36000人次", 10),
            (None, "质量指标", "整治工程验收合格率", "=100%", 10),
            (None, "时效指标", "整治工程完工时间", "2026年10月31日前", 10),
            ("成本指标", "经济成本指标", "每条背街小巷整治成本", "≤12万元/条", 10),
            ("效益指标", "社会效益指标", "辖区刑事案件发案下降率", "≥5%", 15),
            (None, None, "较大火灾事故发生数", "=0起", 15),
            (None, "可持续影响指标", "网格化管理机制", "健全", 10),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant(
    "oo16-water-bureau-next-year-tier2-name",
    (5, 11),
    "department, NAT-2021, operators inside the values; a completion deadline in the year "
    "after the budget year, the tier-2 name 经济成本指标 written in the tier-3 column",
)
def oo16() -> Book:
    b = Book()
    s = b.sheet("部门整体", DEPT)
    department_head(
        s,
        year=2026,
        dept="松阳市水利局",
        budget=budget(2680, 2400, 280, 1580, 1100),
        tasks=[
            (
                "小型水库除险加固",
                "8座小型水库大坝加固和溢洪道改造",
                amount(600),
                "完成8座水库除险加固",
            ),
            ("农村饮水工程维护", "农村供水工程维修养护", amount(300), "保障农村供水工程正常运行"),
            ("水土保持治理", "坡耕地和侵蚀沟综合治理", amount(200), "治理水土流失面积12平方公里"),
            ("金额合计", None, amount(1100), None),
        ],
        goal="完成8座小型水库除险加固，治理水土流失面积12平方公里，保障农村供水工程正常运行。",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "小型水库除险加固座数", "≥8座"),
            (None, None, "水土流失治理面积", "≥12平方公里"),
            (None, "质量指标", "除险加固工程验收合格率", "=100%"),
            (
                None,
                "时效指标",
                "除险加固工程完工时间",
                mk("2027年4月30日前", "Y102", "error", note="a 2026 department table"),
            ),
            (
                "成本指标",
                "",
                mk(
                    "经济成本指标",
                    "F102",
                    "error",
                    row=True,
                    alt=("S101", "F110"),
                    note="the tier-2 name in the tier-3 column: no indicator, tier-2 cell empty",
                ),
                "≤75万元/座",
            ),
            ("效益指标", "社会效益指标", "水库下游受保护人口", "≥3.5万人"),
            (None, "生态效益指标", "治理区植被覆盖率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="郑海涛", tel="0596-2231078")
    return b
