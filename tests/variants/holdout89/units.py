"""Units and a town (澄岭市 and 岚溪县, invented): 国库支付中心 (flat list), 城管局, 环境卫生管理所,
青石镇, 岚溪县第二中学, 岚溪县职业中等专业学校 (ku07–ku12)."""

from __future__ import annotations

from tests.variants.holdout89.common import (
    budget_line,
    budget_rows,
    duty,
    footer,
    goals,
    head,
    tasks,
)
from tests.variants.holdout89.registry import variant
from tests.variants.kit import Book, C, mk, pct

UNIT = "2027年度单位整体支出绩效目标表"
DEPT = "2027年度部门整体支出绩效目标表"
GE = '"≥"0%'


def ge(v: float) -> C:
    return C(v, GE)


@variant("ku07-gkzf-flat-weights", (3, 12),
         "国库支付中心 单位整体, budget on one line with shares, flat list (序号 · 指标名称 · 比"
         "较符 · "
         "指标值 · 计量单位 · 权重), weights add to 100; correct")  # fmt: skip
def ku07() -> Book:
    b = Book()
    s = b.sheet("单位整体", (16, 32, 10, 12, 12, 10))
    head(s, title=UNIT, width=6, dept="澄岭市财政国库支付中心", code="106003",
         contact="顾琳 0739-6120761")  # fmt: skip
    budget_line(s, total=460, fiscal=460, other=0, basic=322, project=138)
    duty(s, "承担市级预算单位国库集中支付、财政专户资金核算对账、公务卡管理和国库集中支付系统"
            "运行维护等工作。")  # fmt: skip
    goals(s, "一是及时办理市级预算单位国库集中支付业务；二是按月完成财政专户资金对账；三是保障"
             "国库集中支付系统和电子凭证库安全稳定运行；四是推进公务卡结算。")  # fmt: skip
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "权重（%）")
    s.table([
        (1, "国库集中支付业务笔数", "≥", 96000, "笔", 10),
        (2, "支付凭证审核准确率", "≥", pct(0.99), "%", 10),
        (3, "预算单位支付申请办理时限", "≤", 1, "个工作日", 10),
        (4, "国库集中支付系统正常运行率", "≥", pct(0.99), "%", 10),
        (5, "财政专户资金对账次数", "≥", 12, "次", 10),
        (6, "公务卡结算覆盖率", "≥", pct(0.95), "%", 10),
        (7, "电子凭证库故障处理时限", "≤", 4, "小时", 10),
        (8, "预算单位满意度", "≥", pct(0.9), "%", 10),
        (9, "预算执行率", "≥", pct(0.95), "%", 10),
        (10, "固定资产账实相符率", "≥", pct(0.98), "%", 10),
    ])  # fmt: skip
    s.row(None, "合计", None, None, None, 100)
    footer(s, "顾琳", "0739-6120761", "龚建新")
    return b


@variant("ku08-cgj-year-cell-over-100", (12, 1),
         "城管局 部门整体, a 预算年度 field, budget by kind and source with shares, two-line head"
         "er "
         "(绩效指标 over 一级/二级/三级, 年度指标值 over 目标值/计量单位), 指标解释; the 预算年度 "
         "field a year off the title, a 覆盖率 of ≥105 %")  # fmt: skip
def ku08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 12, 14, 24))
    head(s, title=DEPT, width=6, dept="澄岭市城市管理局",
         year_cell=mk("2026年", "Y101", "error", alt=("Y103",), note="title: 2027年度"),
         contact="冯子涵 0739-6128134")  # fmt: skip
    budget_rows(s, total=15360, basic=3840, project=11520, fiscal=14592, other=768)
    goals(s, "一是城区主次干道机扫水洗全覆盖，作业面积860万平方米以上；二是生活垃圾日产日清，"
             "全年清运21万吨以上；三是及时维修市政道"
             "路和路灯设施；四是数字城管案件按期结案。")  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", None, "指标解释", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "三级指标", "目标值", "计量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "城区道路机扫水洗面积", "≥860", "万平方米", None),
        (None, None, "生活垃圾清运量", "≥21", "万吨", None),
        (None, None, "市政道路维修面积", "≥3.5", "万平方米", None),
        (None, None, "路灯设施巡查次数", "≥52", "次", "每周1次"),
        (None, "质量指标", "道路清扫保洁覆盖率", mk("≥105", "T106", "error", row=True), "%",
         "清扫保洁面积÷应保洁面积"),
        (None, None, "城市生活垃圾无害化处理率", "=100", "%", None),
        (None, "时效指标", "市政设施报修处置时限", "≤24", "小时", None),
        (None, None, "数字城管案件按期结案率", "≥95", "%", None),
        ("效益指标", "社会效益指标", "城市道路完好率", "≥95", "%", None),
        (None, "生态效益指标", "城区生活垃圾回收利用率", "≥38", "%", None),
        (None, "可持续影响指标", "环卫作业机械化率", "≥85", "%", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90", "%", "第三方抽样调查"),
        (None, None, "临街商户对市容秩序管理满意度", "≥85", "%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "冯子涵", "0739-6128134", "陶家明")
    return b


@variant("ku09-hws-old-nat-cost", (1, 5),
         "环境卫生管理所 单位整体, budget on one line with shares, OLD-NAT with 成本指标 under 产"
         "出, "
         "operators inside text values and percent cells formatted to show ≥; correct")  # fmt: skip
def ku09() -> Book:
    b = Book()
    s = b.sheet("单位整体支出", (14, 16, 32, 22, 12, 12))
    head(s, title=UNIT, width=6, dept="澄岭市环境卫生管理所", code="138004",
         contact="杭晓东 0739-6128290")  # fmt: skip
    budget_line(s, total=3280, fiscal=3116, other=164, basic=820, project=2460)
    goals(s, "一是承担城区主次干道清扫保洁420万平方米；二是做好86座公厕和9座垃圾中转站的日常"
             "保洁与运行；三是严格控制作业成本；四是冰雪天气及时除雪保畅。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "主次干道清扫保洁面积", "≥420万平方米"),
        (None, None, "公厕日常保洁座数", "≥86座"),
        (None, None, "垃圾中转站运行座数", "≥9座"),
        (None, "质量指标", "道路保洁作业达标率", ge(0.95)),
        (None, None, "公厕保洁检查合格率", ge(0.95)),
        (None, "时效指标", "生活垃圾日产日清率", ge(0.98)),
        (None, None, "冰雪天气主干道除雪时限", "≤24小时"),
        (None, "成本指标", "道路清扫保洁单价", "≤4.2元/平方米·年"),
        (None, None, "垃圾中转运输单价", "≤65元/吨"),
        ("效益指标", "社会效益指标", "主次干道“以克论净”考核达标率", ge(0.9)),
        (None, "生态效益指标", "道路扬尘污染投诉件数", "≤60件"),
        (None, "可持续影响指标", "环卫设施设备完好率", ge(0.95)),
        ("满意度指标", "服务对象满意度指标", "市民满意度", ge(0.9)),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "杭晓东", "0739-6128290", "蒋玉林")
    return b


@variant("ku10-town-rate-count-no-tier1", (12, 5),
         "青石镇 部门整体, budget by kind and source with shares, tasks = 项目支出, one value col"
         "umn "
         "with operators inside; a 处置率 given as a"
         " count, the 满意度 block without its tier-1")  # fmt: skip
def ku10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    head(s, title=DEPT, width=6, dept="岚溪县青石镇人民政府", code="502017",
         contact="陈晓燕 0739-8351026")  # fmt: skip
    budget_rows(s, total=2950, basic=1180, project=1770, fiscal=2714, other=236)
    tasks(s, [("农村人居环境整治", "生活垃圾收运、卫生厕所改造", 520, "14个村垃圾收运全覆盖"),
              ("基层治理与平安建设", "矛盾纠纷排查调处、网格化管理", 310, "矛盾纠纷调解成功率≥95%"),
              ("乡村产业扶持", "特色种植基地、村级集体经济项目", 640, "集体经济经营性收入增长"),
              ("民生保障", "临时救助、农村公路养护", 300, "困难群众及时救助")], 1770)  # fmt: skip
    goals(s, "一是完成14个村生活垃圾收运全覆盖；二是管护高标准农田6800亩；三是养护农村公路86"
             "公里；四是做好困难群众临时救助，维护基层和谐稳定。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "农村生活垃圾收运村数", "≥14个"),
        (None, None, "高标准农田管护面积", "≥6800亩"),
        (None, None, "农村公路养护里程", "≥86公里"),
        (None, None, "困难群众临时救助人次", "≥120人次"),
        (None, "质量指标", "农村生活垃圾收运处置率", mk("14个", "T105", "error")),
        (None, None, "农村公路优良路率", "≥80%"),
        (None, "时效指标", "临时救助审批时限", "≤5个工作日"),
        ("效益指标", "经济效益指标", "村级集体经济经营性收入总额", "≥420万元"),
        (None, "社会效益指标", "矛盾纠纷调解成功率", "≥95%"),
        (None, "生态效益指标", "农村卫生厕所普及率", "≥92%"),
        (None, "可持续影响指标", "农村人居环境长效管护机制", "健全"),
        (mk("", "F101", "error", row=True), "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "陈晓燕", "0739-8351026", "罗志强")
    return b


@variant("ku11-school-basis-column", (12, 7),
         "岚溪县第二中学 单位整体, budget by kind and source with shares, 比较符 and unit columns, "
         "an 指标值设定依据 column, percent cells, =100% on a 及时率; correct")  # fmt: skip
def ku11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 10, 12, 10, 14))
    head(s, title=UNIT, width=7, dept="岚溪县第二中学", code="308012",
         contact="任婷 0739-8356610")  # fmt: skip
    budget_rows(s, total=3640, basic=3276, project=364, fiscal=3458, other=182,
                label="单位预算（万元）")  # fmt: skip
    goals(s, "一是保障在校学生2460人的正常教育教学；二是开展教师培训320人次；三是落实学生资助"
             "政策，资助学生380人次；四是加强学生体质健康和视力保护。", width=7)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标值设定依据")
    s.table([
        ("产出指标", "数量指标", "在校学生人数", "≥", 2460, "人", "计划标准"),
        (None, None, "教师培训人次", "≥", 320, "人次", "计划标准"),
        (None, None, "学生资助人次", "≥", 380, "人次", "计划标准"),
        (None, "质量指标", "义务教育巩固率", "≥", pct(0.99), "%", "行业标准"),
        (None, None, "学业水平考试合格率", "≥", pct(0.95), "%", "历史标准"),
        (None, None, "学生体质健康测试达标率", "≥", pct(0.92), "%", "行业标准"),
        (None, "时效指标", "资助资金发放及时率", "=", pct(1), "%", "计划标准"),
        ("效益指标", "社会效益指标", "学生近视新发率", "≤", pct(0.05), "%", "行业标准"),
        (None, "可持续影响指标", "骨干教师占专任教师比例", "≥", pct(0.3), "%", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%", "历史标准"),
        (None, None, "家长满意度", "≥", pct(0.9), "%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "任婷", "0739-8356610", "黎光远")
    return b


@variant("ku12-vocational-period-copied", (8, 11),
         "岚溪县职业中等专业学校 单位整体, 实施周期 (2027—2029) and 年度 columns with a unit "
         "column, budget on one line with shares; two cumulative counts copied from 实施周期 into "
         "年度, ≥ on a 流失率")  # fmt: skip
def ku12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 12))
    head(s, title=UNIT, width=6, dept="岚溪县职业中等专业学校", code="308021",
         contact="石磊 0739-8357302")  # fmt: skip
    s.row("实施周期", "2027年—2029年", None, "本年度", "2027年", None, merge=[(2, 3), (5, 6)])
    budget_line(s, total=5100, fiscal=4590, other=510, basic=3570, project=1530)
    goals(s, "一是保障全日制教育教学正常运转；二是推进实训基地建设；三是面向社会开展职业技能"
             "培训；四是提升毕业生就业质量和用人单位满意度。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "社会培训人次", "≥9000",
         mk("≥9000", "D202", "warning"), "人次"),
        (None, None, "新建实训室数", "≥6", mk("≥6", "D202", "warning"), "个"),
        (None, None, "教师企业实践人次", "≥180", "≥60", "人次"),
        (None, "质量指标", "毕业生双证书获取率", "≥95", "≥95", "%"),
        (None, None, "省级以上技能大赛获奖项数", "≥30", "≥10", "项"),
        (None, "时效指标", "实训室建设按期完工率", "≥95", "≥95", "%"),
        ("效益指标", "社会效益指标", "毕业生就业率", "≥95", "≥95", "%"),
        (None, None, "学生流失率", "≥3", mk("≥3", "T108", "warning", row=True), "%"),
        (None, "可持续影响指标", "“双师型”教师占专业课教师比例", "≥60", "≥60", "%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90", "≥90", "%"),
        (None, None, "用人单位满意度", "≥90", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "石磊", "0739-8357302", "欧阳慧")
    return b
