"""榨菜 (pickled mustard tuber) park returns: do01 to do06, project forms."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout577.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout577.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("do01-tuber-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, goal text repeating its counts (correct)")  # fmt: skip
def tuber_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="砚江县榨菜产业园腌制池标准化改造项目",
                 dept="砚江县农业农村局 417002", unit="砚江县榨菜产业园管理服务中心",
                 money=one_year(200, 160, 40),
                 goals=["新建标准化腌制池40口，改造脱盐清洗线2条，园区青菜头就地加工率稳定在"
                        "90%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "新建标准化腌制池", "≥", 40, "口"),
        (None, None, "改造脱盐清洗线", "≥", 2, "条"),
        (None, "质量指标", "腌制池竣工验收合格率", "=", pct(1), "%"),
        (None, None, "腌制池渗漏发生率", "≤", pct(0.02), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 10, 31), "日期"),
        (None, "成本指标", "腌制池建设补助标准", "≤", 3, "万元/口"),
        ("效益指标", "经济效益指标", "园区青菜头就地加工率", "≥", pct(0.9), "%"),
        (None, "生态效益指标", "腌制盐水循环利用率比上年提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "腌制池设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "入园加工企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "谭秋禾", "0836-5521870", day(YEAR - 1, 12, 6))
    return b


@variant("do02-tuber-goal-text", (11, 12),
         "project, NAT-2021, one value column: the 年度目标 tonnage against its indicator, a "
         "purchase subsidy × tonnage above the money, a 反向 rate with ≥")  # fmt: skip
def tuber_goal_text() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="砚江县青菜头保护价收购补贴项目",
                 dept="砚江县农业农村局 417002", unit="砚江县榨菜产业园管理服务中心",
                 money=one_year(300, 300, 0),
                 goals=["按保护价收购园区周边种植户青菜头2.5万吨，带动种植户1200户增收，"
                        "原料入池合格率不低于95%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标",
         mk("青菜头保护价收购量", "D104", "warning", row=True,
            note="年度目标写收购2.5万吨，指标却是≥3万吨"), "≥3万吨"),
        (None, None, "带动种植户", "≥1200户"),
        (None, "质量指标", "原料入池合格率", "≥95%"),
        (None, None, "榨菜成品亚硝酸盐超标批次率",
         mk("≥1%", "T108", "warning", row=True, note="超标率是反向指标，应为≤")),
        (None, "时效指标", "收购款兑付时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "青菜头保护价收购补贴标准",
         mk("≤150元/吨", "B107", "warning", row=True,
            note="150元/吨 × 3万吨 = 450万元，超过年度资金300万元")),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥1500元"),
        (None, "可持续影响指标", "订单种植面积比上年增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("do03-tuber-multi-year", (8,),
         "three-year project 2025-2027, NAT-2021, 中期 and 年度 columns: an annual count above "
         "its period count, a completion date after the project period")  # fmt: skip
def tuber_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="砚江县榨菜产业园冷链仓储及检测中心建设项目",
                 dept="砚江县发展和改革委员会 417009", unit="砚江县榨菜产业园建设发展有限公司",
                 money=multi_year((1800, 1500, 300), (700, 600, 100)), attr="新增项目",
                 goals=["到2027年建成冷库6座、检测中心1个，园区榨菜产品年检测能力达到1.2万批次。",
                        "2025年建成冷库2座（库容0.5万吨），完成检测中心主体工程。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新建冷库", "≥6座", "≥2座"),
        (None, None, "冷库库容", "≥1.5万吨", "≥0.5万吨"),
        (None, None, "榨菜产品检测批次", "≥1.2万批次",
         mk("≥1.5万批次", "D201", "error", note="年度检测批次大于三年累计批次")),
        (None, "质量指标", "检测结果复核一致率", "≥98%", "≥98%"),
        (None, "时效指标", "检测中心竣工验收时间",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
            note="项目期2025—2027年，竣工时间却在2028年"), "2025年12月31日前完成主体"),
        ("成本指标", "经济成本指标", "冷库单位库容造价", "≤900元/吨", "≤900元/吨"),
        ("效益指标", "经济效益指标", "园区榨菜产品损耗率", "≤3%", "≤4%"),
        (None, "可持续影响指标", "冷链设施使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    return b


@variant("do04-tuber-points", (5, 7, 10),
         "project, NAT-2021, numbered tier labels with points, header 绩效指标值, an indicator "
         "score column adding to 100, a zero incident count (correct)")  # fmt: skip
def tuber_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="砚江县榨菜区域公用品牌推广项目",
        dept="砚江县商务局 417015",
        unit="砚江县榨菜产业园管理服务中心",
        money=one_year(150, 120, 30),
        goals=["举办榨菜品牌推介会4场、电商直播专场20场，提升“砚江榨菜”品牌知名度。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "绩效指标值", "分值")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.榨菜品牌推介会", "≥4场", 10),
        (None, None, "2.电商直播专场", "≥20场", 10),
        (None, "（二）质量指标", "3.榨菜丝成品抽检合格率", "≥98%", 10),
        (None, None, "4.榨菜原料入池合格率", "≥95%", 10),
        (None, "（三）时效指标", "5.推介活动完成时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "6.推介会单场费用", "≤8万元/场", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.园区榨菜线上销售额比上年增长率",
         "≥10%", 10),
        (None, "（二）社会效益指标", "8.品牌推广期间食品安全事故", "=0起", 10),
        (None, "（三）可持续影响指标", "9.区域公用品牌授权企业", "≥15家", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.参展企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("do05-tuber-template", (5, 6),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量): a 时效 name under 质量, a "
         "template tier-2 left empty, a placeholder left in a value")  # fmt: skip
def tuber_template() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="砚江县榨菜腌制车间智能化改造项目",
        dept="砚江县经济和信息化局 417021",
        unit="砚江县鹤渡榨菜食品有限公司",
        money=one_year(260, 180, 80),
        goals=["完成3个腌制车间智能温控改造，榨菜产品出品率提高2个百分点。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出", "数量", "智能温控改造腌制车间", "≥3个"),
        (None, None, "在线盐度监测点", mk("≥**个", "X101", "error", note="占位符未填写")),
        (None, "质量", "改造设备验收合格率", "=100%"),
        (None, None, mk("腌制车间改造按时完工率", "F201", "warning", row=True,
                        note="按时完工率属于时效指标"), "≥95%"),
        (None, mk("时效", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "成本", "单个车间改造费用", "≤80万元/个"),
        ("效益", "经济效益", "榨菜产品出品率", "提高≥2百分点"),
        (None, "可持续影响", "智能温控系统运行年限", "≥8年"),
        ("满意度", "服务对象满意度", "车间操作人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("do06-tuber-second-sheet", (7,),
         "project: head on a first sheet, the indicator table on a second sheet under a two-row "
         "header with 预期实现值, a later year named on purpose in the goal (correct)")  # fmt: skip
def tuber_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="砚江县榨菜文化展示馆提升项目",
                 dept="砚江县文化和旅游局 417030", unit="砚江县榨菜文化展示馆",
                 money=one_year(90, 90, 0),
                 goals=["更新展陈单元6个，全年接待参观游客8万人次，为2026年创建省级工业旅游示范点"
                        "打好基础。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 20))
    t.title("项目支出绩效指标（2025年度）", 4)
    t.row("绩效指标", None, None, "预期实现值", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标", None)
    t.ws.merge_cells(start_row=t.r - 1, start_column=4, end_row=t.r, end_column=4)
    indicators(t, [
        ("产出指标", "数量指标", "更新展陈单元", "≥6个"),
        (None, None, "接待参观游客", "≥8万人次"),
        (None, "质量指标", "展陈内容审核通过率", "=100%"),
        (None, "时效指标", "展陈更新完成时间", "2025年9月30日前"),
        (None, "成本指标", "展陈单元平均更新费用", "≤12万元/个"),
        ("效益指标", "社会效益指标", "研学课程开发", "≥5门"),
        (None, "可持续影响指标", "展陈设施维护周期", "≤12个月"),
        ("满意度指标", "服务对象满意度指标", "参观游客满意度", "≥92%"),
    ])  # fmt: skip
    notes(t, "注：游客人次以馆内闸机统计为准。", width=4)
    return b
