"""Rainstorm early warning returns (kfd13–kfd18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout826.common import YEAR, book, indicators, note, one_year, sign, w
from tests.variants.holdout826.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kfd13-warning-flat-list", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0起 on missed warnings, weights adding to 100 (correct)")  # fmt: skip
def warning_flat_list() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="沅潭市气象灾害预警中心",
        budget=[(w(540), w(500), w(40), w(220), w(320))],
        tasks=[
            ("雨量站运维", "120个自动雨量站巡检维护", w(150), "到报率≥98%"),
            ("预警发布系统运行", "预警平台及短信通道运行", w(170), "预警提前30分钟发布"),
            ("金额合计", None, w(320), None),
        ],
        goal="维护120个自动雨量站，暴雨预警提前发布不少于30分钟，误报比上年下降10%。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("自动雨量站运行维护数量", 15, "个", "≥", 120),
        ("预警信息发布及时率", 15, "%", "≥", pct(0.95)),
        ("暴雨预警误报下降率", 10, "%", "≥", 10),
        ("短临预警平均提前时间", 15, "分钟", "≥", 30),
        ("预警短信覆盖人数", 15, "万人", "≥", 45),
        ("雨量站数据到报率", 10, "%", "≥", 98),
        ("暴雨预警漏报事件", 10, "起", "≤", 0),
        ("公众对预警服务满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "卢映川", "0736-8872260", (YEAR - 1, 11, 21))
    return b


@variant("kfd14-warning-flat-duplicate", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): the same rate listed twice, weights adding to 95")  # fmt: skip
def warning_flat_duplicate() -> Book:
    b, s = book()
    b.file_mark("W101", "error", note="权重合计15＋15＋10＋15＋10＋10＋10＋10＝95，应为100")
    department_head(
        s,
        year=YEAR,
        dept="鹭渚县气象台",
        budget=[(w(260), w(240), w(20), w(110), w(150))],
        goal="做好汛期暴雨预警发布，确保预警信息及时送达各乡镇防汛责任人。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("自动气象站维护数量", "≥46", "正向", "个", 15),
        ("暴雨预警信息发布及时率", "≥95", "正向", "%", 15),
        ("预警信号覆盖乡镇比例", "100", "正向", "%", 10),
        ("短时强降水预警提前量", "≥20", "正向", "分钟", 15),
        ("雨情数据传输中断时长", "≤24", "反向", "小时", 10),
        (mk("暴雨预警信息发布及时率", "D101", "warning", row=True, alt=("D103",),
            note="与第二行是同一指标，重复填报"), "≥95", "正向", "%", 10),
        ("防汛责任人预警接收率", "≥98", "正向", "%", 10),
        ("社会公众满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "苗雨辰", "0739-5520918", (YEAR - 1, 11, 27))
    return b


@variant("kfd15-waterlogging-assessment", (7, 10, 11),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, a 指标方向 column (正向/反向) "
         "and operators in words, a rise in 百分点, a typed percent (correct)")  # fmt: skip
def waterlogging_assessment() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 12, 14, 12))
    project_head(s, year=YEAR, name="榆埭区2025年暴雨内涝监测预警能力提升项目",
                 dept="榆埭区应急管理局（213011）", unit="榆埭区防汛抗旱指挥部办公室",
                 money=one_year(w(75), w(75), w(0)),
                 goals=["新建积水监测点20个、视频监测点位10个，暴雨预警提前发布时间不少于30分钟，"
                        "监测数据到报率比上年提高5个百分点。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "指标方向", "比较方式", "目标值（年度）",
            "计量单位")  # fmt: skip
    indicators(s, [head], [
        ("产出指标", "数量指标", "积水监测点新建数量", "正向", "大于等于", 20, "个"),
        (None, None, "视频监测点位建设数量", "正向", "大于等于", 10, "个"),
        (None, "质量指标", "监测数据到报率", "正向", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "暴雨预警提前发布时间", "正向", "大于等于", 30, "分钟"),
        (None, None, "预警信息送达时长", "反向", "小于等于", 10, "分钟"),
        ("成本指标", "经济成本指标", "积水监测点单价", "反向", "小于等于", 2.5, "万元/个"),
        (None, None, "视频监测点位单价", "反向", "小于等于", 2.4, "万元/个"),
        ("效益指标", "社会效益指标", "监测数据到报率比上年提高", "正向", "大于等于", 5, "百分点"),
        (None, None, "积水致车辆被困事件下降率", "正向", "大于等于", 30, "%"),
        ("满意度指标", "服务对象满意度指标", "市民对积水预警服务满意度", "正向", "大于等于", 90,
         "%"),
    ])  # fmt: skip
    note(s, "注：2.5万元×20个＋2.4万元×10个＝74万元，不超过项目资金75万元。", 7)
    sign(s, "柯望舒", "0571-6930475", (YEAR - 1, 11, 19))
    return b


@variant("kfd16-rain-gauge-marked-labels", (5, 11),
         "project, OLD-NAT, tier labels with * and ★, one value column: the goal's 30 gauges "
         "against 25, a timeliness rate under 数量, a 反向 false-alarm rate with ≥")  # fmt: skip
def rain_gauge_marked_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹭渚县2025年暴雨预警雨量站网建设项目",
                 dept="鹭渚县气象局（406020）", unit="鹭渚县气象台",
                 money=one_year(w(130), w(120), w(10)),
                 goals=["新建自动雨量站30个，升级预警发布平台1套，暴雨预警信息发布及时率达到95%"
                        "以上。"])  # fmt: skip
    indicators(s, [HEAD4], [
        ("*产出指标", "*数量指标", "自动雨量站新建数量",
         mk("≥25个", "D104", "warning", row=True, note="年度目标写新建30个，指标只有25个")),
        (None, None, "预警发布平台升级数量", "1套"),
        (None, None, mk("预警信息发布及时率", "F201", "warning", row=True,
                        note="及时率是时效指标，填在数量指标下"), "≥95%"),
        (None, "*质量指标", "雨量站数据到报率", "≥98%"),
        (None, "*时效指标", "雨量站建成时间", "5月31日前"),
        (None, "*成本指标", "单个雨量站建设费用", "≤3万元/个"),
        (None, None, "预警平台升级费用", "≤35万元/套"),
        ("★效益指标", "★社会效益指标", "暴雨预警误报率",
         mk("≥5%", "T108", "warning", row=True, note="误报率是反向指标，应为≤5%")),
        ("★满意度指标", "服务对象满意度指标", "乡镇防汛责任人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苗雨辰", "0739-5520918", (YEAR - 1, 11, 27))
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


@variant("kfd17-warning-page-break", (4, 8),
         "department, NAT-2021, 实施周期 and 年度 columns for a one-year period, the header "
         "row repeated after a page break, a note on the period (correct)")  # fmt: skip
def warning_page_break() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="沅潭市防汛预警信息服务中心",
        budget=[(w(310), w(290), w(20), w(120), w(190))],
        goal="维护气象预警大喇叭260个、城区积水监测站40个，暴雨红色预警10分钟内发布。",
    )
    s.row("实施周期", "2025年1月1日—2025年12月31日", merge=[(2, 6)])
    indicators(s, [PERIOD_HEAD], [
        ("产出指标", "数量指标", "气象预警大喇叭维护数量", "≥260个", "≥260个"),
        (None, None, "城区积水监测站运维数量", "≥40个", "≥40个"),
        (None, "质量指标", "预警信息发布准确率", "≥85%", "≥85%"),
        (None, "时效指标", "暴雨红色预警发布时效", "≤10分钟", "≤10分钟"),
        ("成本指标", "经济成本指标", "单个预警大喇叭年维护费用", "≤800元/个", "≤800元/个"),
    ])  # fmt: skip
    s.skip()
    indicators(s, [PERIOD_HEAD], [
        ("效益指标", "社会效益指标", "预警信息公众覆盖率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "部门联动预警机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：实施周期为2025年全年，实施周期指标值与年度指标值相同。")
    sign(s, "卢映川", "0736-8872260", (YEAR - 1, 11, 21))
    return b


@variant("kfd18-platform-second-sheet", (10, 7),
         "project: head on the first sheet, the table on a second sheet under 绩效目标值 with "
         "a tier-1 score column: 产出 scores not adding to 50, last year's deadline")  # fmt: skip
def platform_second_sheet() -> Book:
    b, s = book("项目信息")
    b.file_mark("W101", "error", required=False, note="分值合计95，随产出指标分值不符而来")
    project_head(s, year=YEAR, name="沅潭市2025年暴雨预警发布平台升级项目",
                 dept="沅潭市气象局（318020）", unit="沅潭市气象灾害预警中心",
                 money=one_year(w(90), w(90), w(0)),
                 goals=["6月30日前完成暴雨预警发布平台升级，新增靶向发布通道3条，预警短信覆盖城区"
                        "常住人口不少于80万人。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 8, 16, 28, 18, 8))
    indicators(t, [("一级指标", "一级分值", "二级指标", "三级指标", "绩效目标值", "分值")], [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值10＋10＋10＋5＋10＝45≠50"),
         "数量指标", "靶向发布通道新增数量", "≥3条", 10),
        (None, None, None, "预警短信覆盖人数", "≥80万人", 10),
        (None, None, "质量指标", "平台压力测试通过率", "100%", 10),
        (None, None, "时效指标", "平台升级完成时间",
         mk("2024年6月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="2025年项目的期限写成2024年，上年遗留；年度目标为6月30日前"), 5),
        (None, None, "成本指标", "平台升级费用", "≤90万元", 10),
        ("效益指标", 30, "社会效益指标", "预警信息到达率", "≥98%", 15),
        (None, None, "可持续影响指标", "平台运维保障机制", "健全", 15),
        ("满意度指标", 20, "服务对象满意度指标", "防汛成员单位满意度", "≥90%", 10),
        (None, None, None, "市民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
