"""Water source protection (水源地保护): kgo13–kgo18."""

from __future__ import annotations

from tests.variants.holdout863.common import (
    TIERS,
    book,
    department,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout863.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "松岙县生态环境分局（518）"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgo13-source-notes", (4,),
         "project, OLD-NAT, one value column: a 注 row inside the table, 填表说明 under it, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def kgo13() -> Book:
    b, s = book()
    goal = ("在鸬鹚岙水库千吨万人水源地设立界标24块、警示牌40块，建设隔离围网3.2公里，"
            "水源地水质保持达标。")  # fmt: skip
    project(s, year=2025, name="鸬鹚岙水库水源地规范化建设", unit="松岙县水源地保护站",
            dept=DEPT, annual=(45, 40, 5), goals=(goal,))  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "设立保护区界标", "≥24块"),
        (None, None, "设置警示牌", "≥40块"),
        (None, None, "建设隔离围网", "≥3.2公里"),
    ])  # fmt: skip
    s.row("注：一级保护区内只设界标和围网，不征地、不新建构筑物。", merge=[(1, 4)])
    s.table([
        ("产出指标", "质量指标", "水源地水质达标率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年9月30日前"),
        (None, "成本指标", "每公里隔离围网建设成本", "≤9万元/公里"),
        ("效益指标", "生态效益指标", "水源地突发污染事件", "≤0起"),
        (None, "社会效益指标", "受保障供水人口", "≥2.1万人"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须可考核；2.定性指标按好、较好、一般、差填写。", width=4)
    sign(s, "褚望舒", "0575-7412089", day(2024, 11, 18))
    return b


@variant("kgo14-source-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column: 产出 scores short of "
         "its 50, a satisfaction rate under 社会效益, the goal's fence length against the "
         "indicator")  # fmt: skip
def kgo14() -> Book:
    b, s = book()
    goal = "在枧潭水库水源地建设隔离围网3.6公里，设立界标30块，整治保护区内排污口4个。"
    project(s, year=2025, name="枧潭水库水源地隔离防护", unit="松岙县水源地保护站",
            dept=DEPT, annual=(52, 48, 4), goals=(goal,))  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值10+10+10+5+10=45"),
         "数量指标", "建设隔离围网",
         mk("≥3.2公里", "D104", "warning", row=True, note="年度目标写3.6公里"), 10),
        (None, None, None, "设立保护区界标", "≥30块", 10),
        (None, None, None, "整治保护区排污口", "≥4个", 10),
        (None, None, "质量指标", "围网工程验收合格率", "=100%", 5),
        (None, None, "时效指标", "工程完工时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每公里隔离围网建设成本", "≤12万元/公里", 10),
        ("效益指标", 30, "社会效益指标", "受保障供水人口", "≥1.6万人", 10),
        (None, None, None, "水源地周边村民满意度",
         mk("≥85%", "F201", "warning", row=True, note="满意度填在社会效益指标下"), 10),
        (None, None, "生态效益指标", "水源地水质达标率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出指标少5分引起")
    return b


@variant("kgo15-source-three-years", (8, 11, 1),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: period counts beside "
         "smaller annual ones, a 下降率 with ≥, 0起 incidents, percent cells "
         "(correct)")  # fmt: skip
def kgo15() -> Book:
    b, s = book()
    period = "2025—2027年完成全县18处千吨万人水源地保护区划定与规范化建设，整治排污口30个。"
    annual = "2025年完成6处水源地保护区划定与规范化建设，整治排污口12个，面源污染负荷下降5%以上。"
    project(s, year=2025, years=3, name="千吨万人水源地保护（2025—2027年）",
            unit="松岙县水源地保护站", dept=DEPT, annual=(200, 180, 20),
            period=(600, 540, 60), goals=(period, annual))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成水源保护区划定", "≥18处", "≥6处"),
        (None, None, "整治入河排污口", "≥30个", "≥12个"),
        (None, "质量指标", "水源地水质达标率", pct(0.95), pct(0.95)),
        (None, "时效指标", "规范化建设完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单处水源地规范化建设成本", "≤20万元/处", "≤20万元/处"),
        ("效益指标", "生态效益指标", "水源地周边面源污染负荷下降率", "≥15%", "≥5%"),
        (None, "社会效益指标", "水源地突发污染事件", "≤0起", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgo16-source-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, a 2023 target left in the 年度目标")  # fmt: skip
def kgo16() -> Book:
    b, s = book()
    goal = mk("开展栗坪、棠坳2处水源地环境整治，确保2023年度水源地水质达标率100%。", "Y103",
              "warning", alt=("Y101",), note="2025年的年度目标里留着上一年度的2023年")  # fmt: skip
    project(s, year=2025, name="栗坪棠坳水源地环境整治", unit="杞林县水源地保护站",
            dept="杞林县生态环境分局（520）", annual=(38, 38, 0), goals=(goal,))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "整治水源地", "≥2处"),
        (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥16块"),
        (None, "质量指标", "水源地水质达标率", "=100%"),
        (None, "时效指标", "整治完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单处水源地整治成本", "≤19万元/处"),
        ("效益指标", "社会效益指标", "受保障供水人口", "≥5000人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgo17-source-department", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's count of protection "
         "zones against the indicator, a deadline in the next year")  # fmt: skip
def kgo17() -> Book:
    b, s = book("部门整体")
    goal = "完成12处千吨万人水源保护区划定，开展水源地水质监测720次，整治环境问题点位40个。"
    department(s, year=2025, dept="栎川县水源地保护中心", budget=(720, 680, 40, 240, 480),
               goal=goal, tasks=[
        ("水源保护区划定", "勘界、立标、编制划定方案", 210, "划定12处"),
        ("水源地水质监测", "季度监测和月度巡测", 160, "监测720次"),
        ("环境问题整治", "清理畜禽养殖和生活垃圾点位", 90, "整治40个"),
        ("金额合计", None,
         mk(480, "B102", "error", note="210+160+90=460，与金额合计480不符"), None),
    ])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "划定水源保护区",
         mk("≥10处", "D104", "warning", row=True, note="年度总体目标写12处")),
        (None, None, "水源地水质监测", "≥720次"),
        (None, None, "整治环境问题点位", "≥40个"),
        (None, "质量指标", "监测数据有效率", "≥98%"),
        (None, "时效指标", "保护区划定方案报批时间",
         mk("2026年3月31日前", "Y102", "error", note="2025年度的期限落在2026年")),
        ("成本指标", "经济成本指标", "单次水质监测费用", "≤2000元/次"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "戚云岫", "0576-4039251")
    return b


@variant("kgo18-source-two-years-wrong", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a boundary marker count "
         "copied to the year, a planned end date inside the first year")  # fmt: skip
def kgo18() -> Book:
    b, s = book()
    period = ok(
        "2025—2026年在全县9处乡镇水源地设立界桩400块，建设隔离防护设施6公里。",
        note="2026年在项目期内，只因计划完成日期写错才可能被报",
    )
    annual = "2025年在5处乡镇水源地设立界桩，建设隔离防护设施3公里。"
    end = mk(day(2025, 12, 31), "Y101", "error", alt=("Y102", "Y104"),
             note="项目期2年（2025—2026年），计划完成日期却是2025年底")  # fmt: skip
    project(s, year=2025, years=2, name="乡镇水源地界桩与防护设施",
            unit="栎川县水源地保护中心", dept=DEPT, annual=(90, 80, 10),
            period=(170, 150, 20), goals=(period, annual), end=end)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "设立水源地界桩", "≥400块",
         mk("≥400块", "D202", "warning", note="两年累计数照抄到年度")),
        (None, None, "建设隔离防护设施", "≥6公里", "≥3公里"),
        (None, "质量指标", "防护设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "防护设施完工时间",
         ok("2026年10月31日前", "error", note="落在写错的计划完成日期之后，同一个错误"),
         "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每公里防护设施建设成本", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "生态效益指标", "水源地水质达标率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
