"""Multi-year projects with 中期 and 年度 columns (pq01–pq06): money for the period and for the
year, a project that began the year before the budget year, two complete column sets, operator
inline or a direction and unit column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout215.common import (
    TWO,
    book,
    indicators,
    note,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout215.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pq01-library-branches-period", (1, 4, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, a footnote: counts smaller in the year, rates, unit costs and grades equal, "
         "95% and 100% typed as Excel stores them (correct)")  # fmt: skip
def pq01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="城乡公共图书馆总分馆体系建设项目",
        dept="云岫县文化广电旅游体育局（412）", unit="云岫县图书馆",
        money=period_money((wan(860), wan(780), wan(80)), (wan(300), wan(270), wan(30))),
        goals=["以县图书馆为总馆，三年建成乡镇分馆24个、村（社区）服务点180个，新增馆藏图书6万册，"
               "实现全县图书通借通还。",
               "2026年建成乡镇分馆8个、村（社区）服务点60个，新增馆藏图书2万册，开通已建分馆间"
               "通借通还，举办全民阅读活动不少于120场。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成乡镇分馆数量", "≥24个", "≥8个"),
        (None, None, "建成村（社区）服务点数量", "≥180个", "≥60个"),
        (None, None, "新增馆藏图书", "≥60000册", "≥20000册"),
        (None, None, "举办全民阅读活动场次", "≥360场", "≥120场"),
        (None, "质量指标", "分馆建设验收合格率", pct(1), pct(1)),
        (None, None, "图书编目数据准确率", pct(0.95), pct(0.95)),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "图书采购平均单价", "≤45元/册", "≤45元/册"),
        (None, None, "单个分馆建设补助标准", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "分馆接待读者人次", "≥15万人次", "≥5万人次"),
        (None, "可持续影响指标", "总分馆统一管理服务机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年度目标值。")
    sign(s, "韩书瑶", "邓立川", "0739-4127735")
    return b


@variant("pq02-canteen-period-equals", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns with an 指标解释 column: a count equal in both columns, a year count above "
         "the period's")  # fmt: skip
def pq02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="义务教育学校食堂改造提升项目",
        dept="白石县教育局（305）", unit="白石县教育后勤服务中心",
        money=period_money((wan(1500), wan(1350), wan(150)), (wan(520), wan(470), wan(50))),
        goals=["用三年完成全县36所农村义务教育学校食堂标准化改造，配齐留样、消毒、冷藏设备，"
               "实现明厨亮灶全覆盖。",
               "2026年完成12所学校食堂改造，为改造学校各配齐1台食品留样冷柜和消毒设备，"
               "12所学校接入明厨亮灶监管平台。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标解释"), [
        ("产出指标", "数量指标", "完成食堂改造学校数", "≥36所", "≥12所", "农村义务教育学校"),
        (None, None, "配备食品留样冷柜", "≥36台",
         mk("≥36台", "D202", "warning", row=True,
            note="the year's share is 12 (one per school rebuilt in 2026)"), "每校1台"),
        (None, None, "接入明厨亮灶平台学校数", "≥36所",
         mk("≥40所", "D201", "error", row=True, note="more schools in a year than in the period"),
         "视频接入县级监管平台"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%", None),
        (None, None, "食堂食品安全量化等级B级以上比例", "≥95%", "≥90%", None),
        (None, "时效指标", "改造完成时间", "2028年8月31日前", "2026年8月31日前", "暑期施工"),
        ("成本指标", "经济成本指标", "单校食堂改造平均成本", "≤38万元/所", "≤38万元/所", None),
        ("效益指标", "社会效益指标", "学校食品安全事故发生起数", "=0起", "=0起", None),
        (None, "可持续影响指标", "食堂规范化管理长效机制", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "彭嘉禾", "覃振东", "0745-6230518")
    return b


@variant("pq03-sports-park-second-year", (8, 12), "two-year project begun the year before the "
         "budget year: start date in 2025, 年度 money of 当年财政拨款 + 上年结转 + 其他资金, "
         "a deadline equal in both columns (correct)")  # fmt: skip
def pq03() -> Book:
    b, s = book("2026年项目绩效目标")
    project_head(
        s, year=2025, years=2, attr="延续项目", name="全民健身体育公园建设项目",
        title="2026年度项目支出绩效目标表", dept="青溪市体育局（108）",
        unit="青溪市体育场馆管理中心", start=day(2025, 4, 1), end=day(2026, 10, 31),
        money=[
            ("中期资金总额", wan(1860), "年度资金总额", wan(940)),
            ("其中：财政拨款", wan(1600), "其中：当年财政拨款", wan(700)),
            ("其他资金", wan(260), "上年结转", wan(120)),
            (None, None, "其他资金", wan(120)),
        ],
        goals=["建成全民健身体育公园，含健身步道5公里、笼式球场8片、全民健身中心1座（建筑面积"
               "6800平方米），2026年10月底前全部建成开放。",
               "续建2025年开工的全民健身中心，2026年完成中心4200平方米主体及装修、笼式球场6片和"
               "健身步道3公里，10月底前竣工验收并向公众开放。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建设健身步道长度", "≥5公里", "≥3公里"),
        (None, None, "建设笼式球场", "≥8片", "≥6片"),
        (None, None, "全民健身中心建设面积", "≥6800平方米", "≥4200平方米"),
        (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "公园建成开放时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "健身步道建设单价", "≤60万元/公里", "≤60万元/公里"),
        (None, None, "笼式球场建设单价", "≤40万元/片", "≤40万元/片"),
        ("效益指标", "社会效益指标", "公园服务健身群众人次", "≥30万人次", "≥8万人次"),
        (None, "可持续影响指标", "公园免费低收费开放机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆明哲", "岑晓燕", "0771-5836204")
    return b


HERITAGE_GOAL = (
    "对全市42个市级以上非遗代表性项目开展数字化采集，建成非遗数字资源库，开展非遗进校园、"
    "进社区活动，扶持代表性传承人带徒传艺。"
)


@variant("pq04-heritage-goal-copied", (8, 12), "three-year project, two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度) under a two-row header: 年度目标 the 中期目标 "
         "word for word, a 年度资金总额 that is not its sources")  # fmt: skip
def pq04() -> Book:
    b, s = book("附件2", (14, 14, 26, 16, 14, 26, 16))
    project_head(
        s, year=2026, years=3, attr="新增项目", name="非物质文化遗产数字化保护项目",
        dept="临澜市文化广电旅游局（206）", unit="临澜市非物质文化遗产保护中心",
        money=period_money(
            (wan(680), wan(600), wan(80)),
            (mk(wan(260), "B101", "error", note="210 + 40 = 250"), wan(210), wan(40)),
        ),
        goals=[HERITAGE_GOAL, mk(HERITAGE_GOAL, "D204", "warning", row=True)],
    )  # fmt: skip
    s.row("一级指标", "中期指标", None, None, "年度指标", None, None, merge=[(2, 4), (5, 7)])
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ("产出指标", "数量指标", "非遗项目数字化采集数量", "≥42项",
         "数量指标", "非遗项目数字化采集数量", "≥14项"),
        (None, None, "传承人口述史影像记录", "≥30人", None, "传承人口述史影像记录", "≥10人"),
        (None, None, "非遗进校园进社区活动场次", "≥150场",
         None, "非遗进校园进社区活动场次", "≥50场"),
        (None, "质量指标", "采集资料归档合格率", "≥98%", "质量指标", "采集资料归档合格率", "≥98%"),
        (None, "时效指标", "数字资源库建成时间", "2028年6月30日前",
         "时效指标", "年度采集任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个项目数字化采集成本", "≤8万元/项",
         "经济成本指标", "单个项目数字化采集成本", "≤8万元/项"),
        ("效益指标", "社会效益指标", "非遗数字资源线上访问量", "≥60万人次",
         "社会效益指标", "非遗数字资源线上访问量", "≥15万人次"),
        (None, "可持续影响指标", "非遗数字资源共享机制", "健全",
         "可持续影响指标", "非遗数字资源共享机制", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%",
         "服务对象满意度指标", "传承人满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    sign(s, "柯雨彤", "蒙立新", "0736-2219087")
    return b


@variant("pq05-gym-direction-unit-columns", (8, 11), "two-year project, 指标方向 and 计量单位 "
         "columns beside 中期 and 年度 values with the operator inline: costs 反向 with ≤, a "
         "service life equal in both columns, a next-year deadline in the 中期 column "
         "(correct)")  # fmt: skip
def pq05() -> Book:
    b, s = book("项目绩效目标", (14, 16, 28, 12, 18, 18, 14))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="县体育馆功能提升改造项目",
        dept="安澜县教育体育局（118）",
        unit="安澜县体育运动中心",
        money=period_money((wan(1280), wan(1180), wan(100)), (wan(730), wan(680), wan(50))),
        goals=["分两年完成县体育馆屋面、看台、照明、空调及无障碍设施改造，具备承办省级单项赛事"
               "条件，2027年9月底前恢复全面开放。",
               "2026年完成屋面防水、主馆看台座椅更换和比赛场地照明改造，启动空调系统改造。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "更换看台座椅", "正向", "≥3200", "≥2600", "座"),
        (None, None, "改造场馆照明面积", "正向", "≥4800", "≥3000", "平方米"),
        (None, "质量指标", "改造工程验收合格率", "正向", "=100", "=100", "%"),
        (None, "时效指标", "改造完工验收时间", "反向", "2027年9月30日前", "2026年12月31日前",
         None),
        ("成本指标", "经济成本指标", "看台座椅更换单价", "反向", "≤850", "≤850", "元/座"),
        (None, None, "照明改造单位面积成本", "反向", "≤420", "≤420", "元/平方米"),
        ("效益指标", "社会效益指标", "承办市级以上赛事活动", "正向", "≥12", "≥3", "场"),
        (None, "可持续影响指标", "场馆设施使用年限延长", "正向", "≥15", "≥15", "年"),
        ("满意度指标", "服务对象满意度指标", "场馆使用群众满意度", "正向", "≥90", "≥90", "%"),
    ])  # fmt: skip
    note(s, "注：指标方向“正向”指数值越大越好，“反向”指数值越小越好。", 7)
    sign(s, "祁文博", "宋婉清", "0318-7426153")
    return b


@variant("pq06-culture-stations-beyond-period", (8,), "three-year project begun the year before "
         "the budget year, 实施期 and 年度 columns: a period deadline after the project ends, a "
         "year's count of events above the period's")  # fmt: skip
def pq06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2025, years=3, attr="延续项目", name="乡镇综合文化站提质增效项目",
        title="2026年度项目支出绩效目标表", dept="石岙县文化和旅游局（209）",
        unit="石岙县文化馆", start=day(2025, 3, 1), end=day(2027, 12, 31),
        money=period_money((wan(960), wan(900), wan(60)), (wan(330), wan(310), wan(20))),
        goals=["三年完成全县18个乡镇综合文化站提质改造，配齐文体活动器材，每站每年开展文化活动"
               "不少于12场。",
               "2026年完成6个乡镇综合文化站提质改造并配送器材，18个文化站全年开展文化活动不少于"
               "216场。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "提质改造文化站数量", "≥18个", "≥6个"),
        (None, None, "配送文体活动器材", "≥18套", "≥6套"),
        (None, None, "文化站开展文化活动场次", "≥648场",
         mk("≥720场", "D201", "error", row=True, note="the text says 216 in 2026")),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造任务完成时间",
         mk("2028年12月31日前", "Y102", "error", row=True, note="the project ends in 2027"),
         "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单站提质改造补助标准", "≤45万元/个", "≤45万元/个"),
        ("效益指标", "社会效益指标", "文化站服务群众人次", "≥54万人次", "≥15万人次"),
        (None, "可持续影响指标", "文化站免费开放运行机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎佳音", "向国平", "0736-5308842")
    return b
