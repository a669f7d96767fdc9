"""Goal texts against their indicators: one-year and multi-year project heads and 部门整体
heads whose 年度目标 quotes counts, rates and 百分点 that the indicators repeat (pv01, pv03,
pv05) or contradict (pv02, pv04, pv06), with rates given as counts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout220.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout220.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("pv01-orchard-text-agrees", (1, 10), "one-year project, NAT-2021, inline operators: "
         "the 年度目标 gives 3 points × 200户 and 20期 × 50人, the indicators the products; a "
         "满意度调查 questionnaire count, 百分点, 100% as a percent cell (correct)")  # fmt: skip
def pv01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="柑橘标准化示范点建设项目", dept="梅垣县农业农村局（412）",
        unit="梅垣县农业技术推广中心",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["2026年在全县建设3个柑橘标准化示范点，每个示范点带动农户不少于200户；开展"
               "技术培训20期、每期不少于50人；柑橘良种覆盖率较上年提高2个百分点。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "柑橘标准化示范点建设数", "=3个"),
        (None, None, "示范点带动农户总数", "≥600户"),
        (None, None, "农户技术培训人次", "≥1000人次"),
        (None, None, "满意度调查有效问卷数", "≥300份"),
        (None, "质量指标", "示范点建设验收合格率", pct(1)),
        (None, "时效指标", "示范点建设完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个示范点建设补助", "≤40万元/个"),
        (None, None, "每期技术培训成本", "≤1.5万元/期"),
        ("效益指标", "经济效益指标", "示范点柑橘亩均增收", "≥800元/亩"),
        (None, "社会效益指标", "柑橘良种覆盖率提高幅度", "≥2百分点"),
        (None, "可持续影响指标", "示范点长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "带动农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邱望舒", "龚海澜", "0791-86412350")
    return b


@variant("pv02-training-text-contradicts", (13,), "one-year project, NAT-2021, inline "
         "operators: the 年度目标 says 3000人次, the indicator ≥2000人次; a 完成率 given "
         "as 期")  # fmt: skip
def pv02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村实用技术培训项目", dept="汀兰县农业农村局（407）",
        unit="汀兰县农民科技教育培训中心",
        money=one_year_money(wan(96), wan(90), wan(6)),
        goals=[ok("2026年开展农村实用技术培训50期，培训农民3000人次，培育高素质农民150人，"
                  "学员结业考核合格率达到90%以上。", note="D104 may stand at the text")],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村实用技术培训期数", "≥50期"),
        (None, None, "培训农民人次",
         mk("≥2000人次", "D104", "warning", row=True, note="年度目标写培训农民3000人次")),
        (None, None, "培育高素质农民人数", "≥150人"),
        (None, None, "年度培训计划完成率",
         mk("50期", "T105", "error", note="a 完成率 needs a %: 培训期数 ≥50期 or =100%")),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤300元/人次"),
        ("效益指标", "社会效益指标", "参训学员技术应用率", "≥80%"),
        (None, "可持续影响指标", "高素质农民跟踪服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑秋禾", "温立群", "0794-62407118")
    return b


@variant("pv03-roads-period-texts", (8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 中期目标 quotes 120公里 and 9座, the 年度目标 40公里 and 3座, each matching "
         "its column; rates and a unit cost equal in both, a 下降率 with ≥ (correct)")  # fmt: skip
def pv03() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="农村公路提档升级工程", dept="石门坎区交通运输局（520）",
        unit="石门坎区农村公路管理所", attr="新增项目",
        money=period_money((wan(6400), wan(5600), wan(800)), (wan(2150), wan(1850), wan(300))),
        goals=["2026—2028年累计新建改建农村公路120公里，完成危桥改造9座，农村公路优良中等路率"
               "稳定在85%以上。",
               "2026年新建改建农村公路40公里，改造危桥3座，路面病害处治及时率达到95%以上，"
               "沿线群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建改建农村公路里程", "≥120公里", "≥40公里"),
        (None, None, "危桥改造数量", "≥9座", "≥3座"),
        (None, "质量指标", "农村公路优良中等路率", "≥85%", "≥85%"),
        (None, None, "交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "路面病害处治及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每公里建设补助标准", "≤50万元/公里", "≤50万元/公里"),
        ("效益指标", "社会效益指标", "农村公路交通事故起数下降率", "≥10%", "≥5%"),
        (None, "可持续影响指标", "农村公路管养长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆振川", "罗远帆", "0851-85520473")
    return b


@variant("pv04-canteens-text-and-repeat", (8, 13), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 says 120所, the annual indicator ≥80所; one indicator repeated "
         "with the same values")  # fmt: skip
def pv04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="中小学食堂明厨亮灶改造项目", dept="云岭市教育局（208）",
        unit="云岭市学校后勤服务中心",
        money=period_money((wan(960), wan(900), wan(60)), (wan(520), wan(480), wan(40))),
        goals=["2026—2027年完成全市200所中小学食堂明厨亮灶改造，食堂从业人员食品安全培训全"
               "覆盖。",
               ok("2026年完成120所学校食堂明厨亮灶改造并接入监管平台，培训食堂从业人员1500"
                  "人次，改造验收合格率100%。", note="D104 may stand at the text")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "明厨亮灶改造学校数", "≥200所",
         mk("≥80所", "D104", "warning", row=True, note="年度目标写完成120所")),
        (None, None, "食堂从业人员培训人次", "≥2800人次", "≥1500人次"),
        (None, None, "视频监控接入平台学校数", "≥200所", "≥120所"),
        (None, None, mk("食堂从业人员培训人次", "D101", "warning", row=True,
                        note="the same indicator and values as two rows up"),
         "≥2800人次", "≥1500人次"),
        (None, "质量指标", "改造验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造完成时间", "2027年8月31日前", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单校改造成本", "≤4万元/所", "≤4万元/所"),
        ("效益指标", "社会效益指标", "学校食品安全事故发生起数", "=0起", "=0起"),
        (None, "可持续影响指标", "食堂视频监控长效运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "方知夏", "韩立诚", "0872-23208561")
    return b


@variant("pv05-water-department-text", (10, 12), "department, NAT-2021, key tasks adding to "
         "项目支出: the 年度总体目标 quotes 18处, 12公里, 15平方公里, 1个百分点, all matching; a "
         "河湖巡查频率 in 次/周 (correct)")  # fmt: skip
def pv05() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2025, dept="枫溪县水利局",
        budget=[(wan(2860), wan(2700), wan(160), wan(1140), wan(1720))],
        tasks=[("农村饮水安全巩固提升", "巩固提升农村集中供水工程18处", wan(820), "农村供水保障"),
               ("中小河流治理", "治理中小河流12公里", wan(600), "防洪能力提升"),
               ("水土保持综合治理", "新增水土流失治理面积15平方公里", wan(300), "水土流失减少"),
               ("金额合计", None, wan(1720), None)],
        goal="目标1：巩固提升18处农村集中供水工程，农村自来水普及率较上年提高1个百分点；目标2："
             "治理中小河流12公里，重点河段防洪标准达到20年一遇；目标3：新增水土流失治理面积15"
             "平方公里。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村集中供水工程巩固提升处数", "≥18处"),
        (None, None, "中小河流治理长度", "≥12公里"),
        (None, None, "新增水土流失治理面积", "≥15平方公里"),
        (None, "质量指标", "农村供水水质达标率", "≥95%"),
        (None, None, "水利工程验收合格率", "=100%"),
        (None, "时效指标", "汛前水毁工程修复完成时间", "2025年5月31日前"),
        (None, None, "河湖日常巡查频率", "≥1次/周"),
        ("成本指标", "经济成本指标", "中小河流治理每公里投资", "≤50万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率提高幅度", "≥1百分点"),
        (None, "生态效益指标", "治理区林草覆盖率", "≥60%"),
        (None, "可持续影响指标", "工程运行管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋清源", "汤景明", "0797-57316624")
    return b


@variant("pv06-township-text-rate-count", (12, 13), "department, NAT-2021, key tasks: the "
         "年度总体目标 says 12个行政村, the indicator ≥10个; a 处置率 given as 个村; a count of "
         "toilets given as a percentage")  # fmt: skip
def pv06() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="梅垣县赤岸镇人民政府",
        budget=[(wan(1480), wan(1400), wan(80), wan(620), wan(860))],
        tasks=[("农村人居环境整治", "12个行政村环境整治", wan(420), "村容村貌改善"),
               ("农村生活垃圾收运", "全镇18个行政村垃圾收运处置", wan(260), "收运处置全覆盖"),
               ("农村公厕改造", "新建改建农村公厕20座", wan(180), "如厕条件改善"),
               ("金额合计", None, wan(860), None)],
        goal=ok("目标1：完成12个行政村人居环境整治，打造美丽庭院示范户300户；目标2：农村生活垃"
                "圾收运处置体系覆盖全镇18个行政村，收运处置率达到100%；目标3：新建改建农村公厕"
                "20座。", note="D104 may stand at the text"),
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "人居环境整治行政村数",
         mk("≥10个", "D104", "warning", row=True, note="年度总体目标写完成12个行政村")),
        (None, None, "美丽庭院示范户", "≥300户"),
        (None, None, "农村公厕新建改建数量",
         mk("≥95%", "T120", "warning", alt=("D104",), note="a count: ≥20座")),
        (None, "质量指标", "农村生活垃圾收运处置率",
         mk("18个村", "T105", "error", note="a rate: =100%")),
        (None, None, "公厕改造验收合格率", "=100%"),
        (None, "时效指标", "公厕改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座公厕改造补助", "≤9万元/座"),
        ("效益指标", "社会效益指标", "村庄环境卫生整治达标村占比", "≥90%"),
        (None, "生态效益指标", "农村生活垃圾无害化处理率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "廖春晖", "岑国栋", "0793-74526630")
    return b
