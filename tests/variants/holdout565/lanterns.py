"""Lantern festivals (元宵花灯会, 灯会布展, 花灯传承) in county towns: dc01 to dc06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout565.common import indicators, multi_year, one_year, sign, start, wan
from tests.variants.holdout565.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, ok, pct

VISITORS = "接待游客量是灯会的社会效益，不是产出数量，放在社会效益下可以接受"


@variant("dc01-lantern-percent-cells", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "反向 rates with ≤ and a 0起 incident count (correct)")  # fmt: skip
def dc01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="汀枫县2025年元宵花灯会", dept="汀枫县文化广电和旅游局（318）",
                 unit="汀枫县文化馆", money=one_year(wan(86), wan(74), wan(12)),
                 goals=["正月十二至十八在滨河公园举办元宵花灯会，展出主题灯组不少于40组，"
                        "接待游客不少于15万人次，全程无安全责任事故。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "主题灯组展出数量", "≥", 40, "组"),
        (None, None, "非遗花灯制作技艺展示场次", "≥", 12, "场"),
        (None, "质量指标", "灯组安全验收合格率", "=", pct(1), "%"),
        (None, None, "电气线路检测覆盖率", "≥", pct(0.98), "%"),
        (None, None, "灯会安全责任事故发生数", "=", 0, "起"),
        (None, "时效指标", "灯组布展完成时间", "≤", day(2025, 2, 5, CN_DATE), None),
        (None, "成本指标", "单组主题灯组制作成本", "≤", 1.2, "万元/组"),
        (None, None, "安保及消防保障费用", "≤", 18, "万元"),
        ("效益指标", "社会效益指标", "接待游客人次", "≥", ok(15, note=VISITORS), "万人次"),
        (None, None, "游客有效投诉率", "≤", pct(0.01), "%"),
        (None, "经济效益指标", "灯会期间周边商户营业额增长率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "花灯制作技艺传承长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑晓芸", "0571-6628 3104", day(2024, 12, 16))
    return b


@variant("dc02-lantern-percent-wrong", (1, 9),
         "project, OLD-NAT, operator column, a typed percent over 100, a start date stored as a "
         "text serial and a 元-formatted amount in a 万元 block")  # fmt: skip
def dc02() -> Book:
    b, s = start()
    fiscal = mk(money(300000, YUAN), "B105", "error",
                note="财政拨款显示为 300,000.00元，却写在项目资金（万元）栏里")  # fmt: skip
    project_head(s, year=2025, name="澄岭县鹤汀镇传统花灯制作扶持项目",
                 dept="澄岭县文化和旅游局（206）", unit="鹤汀镇综合文化站",
                 money=one_year(wan(30), fiscal, wan(0)),
                 start=mk("45667", "X104", "warning",
                          note="计划开始日期是文本格式的日期序列号（2025-01-10）"),
                 goals=["培训花灯制作学员60人，扶持花灯作坊8家，带动就业40人。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="300000 元当作万元相加时总额不符，是 B105 的后果，容忍不要求")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训花灯制作学员", "≥", 60, "人"),
        (None, None, "扶持花灯作坊", "≥", 8, "家"),
        (None, "质量指标", "培训结业合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率显示 105%，超过 100% 上限"), "%"),
        (None, None, "作坊产品抽检合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "培训完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "学员培训补助标准", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥", 40, "人"),
        (None, "可持续影响指标", "花灯作坊持续经营率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("dc03-lantern-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）, 1.), "
         "an indicator score column adding to the tier points, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def dc03() -> Book:
    b, s = start()
    project_head(s, year=2026, name="砚川县2026年元宵民俗巡游及灯谜会", dept="砚川县文化馆（417）",
                 unit="砚川县文化馆", money=one_year(wan(45), wan(40), wan(5)),
                 goals=["元宵节期间组织民俗巡游队伍15支、灯谜竞猜6场，提升非遗项目公众知晓度。"],
                 )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.元宵灯谜竞猜场次", "≥6场", 10),
        (None, None, "2.民俗巡游队伍数量", "≥15支", 10),
        (None, "（二）质量指标", "3.巡游路线安保人员到岗率", "=100%", 10),
        (None, "（三）时效指标", "4.巡游活动完成时间", "3月3日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.巡游活动总成本", "≤45万元", 10),
        (None, None, "6.每支巡游队伍演出补助", "≤1.2万元/支", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.县城中心城区夜间客流量",
         ok("≥8万人次", note=VISITORS), 10),
        (None, None, "8.本地非遗项目公众知晓率", "比上年提高≥5百分点", 10),
        (None, "（二）经济效益指标", "9.节庆期间餐饮营业额增长率", "≥8%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.市民游客满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("dc04-lantern-direction", (11,),
         "project, NAT-2021, operators inside the values: a 发生率 with ≥, a unit price with =, "
         "a 正向 count with ≤; a 下降率 with ≥ left alone")  # fmt: skip
def dc04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚川县2025年春节灯会布展及宫灯采购项目",
                 dept="砚川县城市管理局（512）", unit="砚川县市政设施维护中心",
                 money=one_year(wan(60), wan(60), wan(0)),
                 goals=["春节前完成主街500盏宫灯采购悬挂和灯会布展，灯会期间安全平稳有序。"],
                 )  # fmt: skip
    why = "反向指标（发生率）写成 ≥"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "宫灯采购数量", "≥500盏"),
        (None, None, "灯会志愿者服务人次",
         mk("≤3000人次", "T108", "warning", row=True, note="正向的数量指标写成 ≤")),
        (None, "质量指标", "宫灯到货验收合格率", "≥98%"),
        (None, "时效指标", "灯会布展完成时间", "1月25日前"),
        ("成本指标", "经济成本指标", "单盏宫灯采购单价",
         mk("=0.08万元/盏", "T108", "warning", row=True, note="成本上限写成 =，应为 ≤")),
        ("效益指标", "社会效益指标", "灯组火灾隐患发生率",
         mk("≥1%", "T108", "warning", row=True, note=why)),
        (None, None, "游客走失求助事件下降率", "≥20%"),
        (None, "可持续影响指标", "宫灯循环使用年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dc05-lantern-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: cumulative counts smaller each "
         "year, rates and unit costs legitimately equal (correct)")  # fmt: skip
def dc05() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="汀枫县非遗花灯保护传承三年行动",
                 dept="汀枫县文化广电和旅游局（318）", unit="汀枫县非物质文化遗产保护中心",
                 attr="新增项目", money=multi_year((wan(240), wan(210), wan(30)),
                                                  (wan(80), wan(70), wan(10))),
                 goals=["三年内培训花灯传承人150人，新创主题灯组30组，花灯课堂进校园90课时。",
                        "本年度培训花灯传承人50人，新创主题灯组10组，进校园30课时。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "花灯传承人培训人数", "≥150人", "≥50人"),
        (None, None, "新创作主题灯组", "≥30组", "≥10组"),
        (None, None, "进校园花灯课堂", "≥90课时", "≥30课时"),
        (None, "质量指标", "新创灯组评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "年度展演按时完成率", "=100%", "=100%"),
        (None, "成本指标", "传承人培训补助标准", "≤2000元/人", "≤2000元/人"),
        ("效益指标", "社会效益指标", "花灯技艺传承人数增长率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "花灯技艺传承工作机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dc06-lantern-period-wrong", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above its period "
         "count, the 年度目标 copied from the 中期目标")  # fmt: skip
def dc06() -> Book:
    b, s = start()
    goal = "完成县城灯会场地照明线路改造和灯组基座建设，灯会期间用电安全零事故。"
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=2, name="澄岭县灯会场地照明提升工程",
                 dept="澄岭县住房和城乡建设局（233）", unit="澄岭县城区照明管理所",
                 attr="新增项目", money=multi_year((wan(180), wan(160), wan(20)),
                                                  (wan(100), wan(90), wan(10))),
                 goals=[goal, copied])  # fmt: skip
    over = mk("≥60个", "D201", "error", note="年度改造点位 60 个多于两年合计 40 个")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "灯会场地照明改造点位", "≥40个", over),
        (None, None, "灯组基座新建数量", "≥120座", "≥70座"),
        (None, "质量指标", "照明线路工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务按时完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个照明点位改造成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "灯会期间用电安全事故", "0起", "0起"),
        (None, "可持续影响指标", "照明设施设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
