"""Park upkeep and vertical greening (公园养护, 立体绿化): ta01–ta06."""

from __future__ import annotations

from tests.variants import heads
from tests.variants.holdout303.common import (
    YEAR,
    book,
    funds,
    notes,
    project,
    signature,
    table,
    wan,
)
from tests.variants.holdout303.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "ta01-park-percent",
    (1,),
    "project, OLD-NAT, 指标性质 as operator column, unit "
    "column, percent cells typed in Excel, 万元 in the number format (correct)",
)
def ta01() -> Book:
    b, s = book()
    project(s, "滨河公园日常养护项目", "枫泽县园林绿化中心 312008", funds(186.5, 170, 16.5),
            ["完成滨河公园42.6公顷绿地及园路广场日常养护，乔灌木保存率不低于98%，"
             "游客满意度90%以上。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "绿地养护面积", "≥", 42.6, "公顷"),
        (None, None, "园路及广场保洁面积", "≥", 3.8, "公顷"),
        (None, "质量指标", "乔灌木保存率", "≥", pct(0.98), "%"),
        (None, None, "植物病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "草坪修剪及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每公顷年养护成本", "≤", 4.2, "万元/公顷"),
        ("效益指标", "社会效益指标", "公园日均游园人次", "≥", 6500, "人次"),
        (None, "生态效益指标", "园区绿化覆盖率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "养护作业台账完整率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "罗秀岑", "0631-7425086", day(YEAR - 1, 11, 18))
    return b


@variant(
    "ta02-park-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells: a survival rate typed as 105% and an accident rate with ≥",
)
def ta02() -> Book:
    b, s = book()
    project(s, "湿地公园植被修复项目", "苇汀区城市管理局 208114", funds(96, 96, 0),
            ["补植湿地公园水生及岸带植物1.2公顷，修复驳岸绿化850米。"],
            unit="苇汀区湿地公园管理所")  # fmt: skip
    rate = mk(pct(1.05), "T106", "error", note="成活率 typed as 105%: a capped rate over 100 %")
    accident = mk("≥", "T108", "warning", row=True,
                  note="事故发生率 is 反向: ≥ rewards more accidents, ≤ meant")  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "补植水生植物面积", "≥", 1.2, "公顷"),
        (None, None, "修复驳岸绿化长度", "≥", 850, "米"),
        (None, "质量指标", "补植苗木成活率", "≥", rate, "%"),
        (None, "时效指标", "养护巡查及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单位面积修复成本", "≤", 60, "万元/公顷"),
        ("效益指标", "社会效益指标", "游园安全事故发生率", accident, pct(0.01), "%"),
        (None, "生态效益指标", "新增鸟类栖息地面积", "≥", 3.5, "公顷"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "沈砚青", "0735-8830217", day(YEAR - 1, 12, 2))
    return b


DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ta03-park-department",
    (12,),
    "department, NAT-2021: budget with shares, key tasks "
    "with a 金额合计, cost × count within its task (correct)",
)
def ta03() -> Book:
    b, s = book("部门整体")
    share = "0.00%"
    heads.department_head(
        s, year=YEAR, dept="云枥市公园管理中心",
        budget=[(wan(1280), wan(1150), wan(130), wan(410), wan(870)),
                (pct(1, share), pct(0.8984, share), pct(0.1016, share), pct(0.3203, share),
                 pct(0.6797, share))],
        tasks=[("公园绿地养护", "93公顷公园绿地日常管养", wan(420), "绿地完好"),
               ("古树名木保护", "316株古树名木巡查复壮", wan(150), "古树无死亡"),
               ("绿道维护", "城区绿道路面及驿站维护", wan(180), "绿道通畅"),
               ("立体绿化试点", "2座人行天桥立体绿化", wan(120), "试点建成"),
               ("金额合计", None, wan(870), None)],
        goal="管好93公顷公园绿地和316株古树名木，建成2处立体绿化试点，市民满意度90%以上。",
    )  # fmt: skip
    table(s, DEPT_HEAD, [
        ("成本指标", "经济成本指标", "公园绿地单位面积年养护成本", "≤4.5万元/公顷"),
        ("产出指标", "数量指标", "管养公园绿地面积", "≥93公顷"),
        (None, None, "古树名木挂牌保护株数", "≥316株"),
        (None, "质量指标", "古树名木保存率", pct(1)),
        (None, "时效指标", "行道树冬季修剪完成时间", "3月31日前"),
        ("效益指标", "社会效益指标", "城市公园免费开放率", "100%"),
        (None, "生态效益指标", "建成区绿化覆盖率较上年提高", "≥0.5百分点"),
        (None, "可持续影响指标", "古树名木电子档案建档率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "市民对公园服务满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：古树名木保存率按年末存活株数÷年初挂牌株数计算。")
    signature(s, "韦思澄", "0762-3318540", day(YEAR - 1, 11, 20))
    return b


@variant(
    "ta04-park-department-wrong",
    (12, 13),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a value without an indicator name",
)
def ta04() -> Book:
    b, s = book("部门整体")
    total = mk(
        wan(960),
        "B101",
        "error",
        row=True,
        note="基本支出 330 + 项目支出 650 = 980 ≠ 960 (财政 900 + 其他 60 = 960 holds)",
    )
    summed = mk(wan(650), "B102", "error",
                note="tasks 260 + 210 + 160 = 630 ≠ 金额合计 650")  # fmt: skip
    heads.department_head(
        s, year=YEAR, dept="苇汀区园林绿化服务中心",
        budget=[(total, wan(900), wan(60), wan(330), wan(650))],
        tasks=[("公园及游园养护", "14处公园、36处游园管养", wan(260), "园容整洁"),
               ("行道树修剪", "主次干道行道树整形修剪", wan(210), "树冠规整"),
               ("古树名木复壮", "衰弱古树复壮及支撑加固", wan(160), "古树长势恢复"),
               ("金额合计", None, summed, None)],
        goal="做好辖区公园游园养护、行道树修剪和古树名木复壮，群众满意度90%以上。",
    )  # fmt: skip
    table(s, DEPT_HEAD, [
        ("成本指标", "经济成本指标", "游园单处年均养护成本", "≤4万元/处"),
        ("产出指标", "数量指标", "管养公园及游园数量", "≥50处"),
        (None, None, "修剪行道树株数", "≥9200株"),
        (None, "质量指标", "修剪质量合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥90%"),
        (None, "时效指标", "古树复壮完成时间", "10月31日前"),
        ("效益指标", "社会效益指标", "公园游园开放率", "100%"),
        (None, "生态效益指标", "复壮古树长势恢复率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邝一帆", "0735-6620391", day(YEAR - 1, 11, 26))
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "ta05-vertical-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, 0起 on an incident count (correct)",
)
def ta05() -> Book:
    b, s = book()
    heads.department_head(
        s, year=YEAR, dept="鹭栖市立体绿化推进办公室",
        budget=[(wan(540), wan(540), wan(0), wan(120), wan(420))],
        goal="完成高架桥柱及墙面立体绿化12000平方米，攀援植物成活率95%以上。",
    )  # fmt: skip
    s.row(*FLAT_HEAD)
    s.table([
        ("新增立体绿化面积", 20, "平方米", "≥", 12000),
        ("桥柱垂直绿化根数", 15, "根", "≥", 260),
        ("攀援植物成活率", 15, "%", "≥", pct(0.95)),
        ("滴灌系统故障率", 10, "%", "≤", pct(0.03)),
        ("单位面积建设成本", 10, "元/平方米", "≤", 320),
        ("桥下空间夏季降温幅度", 10, "℃", "≥", 1.5),
        ("绿化设施安全事故", 10, "起", "≤", 0),
        ("周边居民满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：单位面积建设成本含苗木、种植槽和滴灌设施，12000平方米合计384万元。",
          width=5)  # fmt: skip
    signature(s, "詹若谷", "0592-4471806", day(YEAR - 1, 12, 8))
    return b


@variant(
    "ta06-roof-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def ta06() -> Book:
    b, s = book()
    heads.department_head(
        s, year=YEAR, dept="苇汀区公共建筑屋顶绿化改造办公室",
        budget=[(wan(460), wan(430), wan(30), wan(140), wan(320))],
        goal="完成14栋公共建筑屋顶绿化改造8500平方米，提升雨水滞留能力。",
    )  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（合计100）")
    unit = mk("≥14栋", "T112", "error", note="value in 栋, unit column 平方米 copied from above")
    leak = mk("≥2%", "T108", "warning", row=True, note="渗漏发生率 is 反向 (also so declared)")
    s.table([
        ("屋顶绿化改造面积", "≥8500", "正向", "平方米", 20),
        ("改造公共建筑数量", unit, "正向", "平方米", 15),
        ("屋顶植物成活率", "≥92%", "正向", "%", 15),
        ("屋面渗漏发生率", leak, "反向", "%", 10),
        ("单位面积改造成本", "≤350", "反向", "元/平方米", 10),
        ("屋面雨水滞留量提升幅度", "≥15%", "正向", "%", 10),
        ("使用单位满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, header says 100")
    signature(s, "雷子衿", "0735-6604472", day(YEAR - 1, 12, 1))
    return b
