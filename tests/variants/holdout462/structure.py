"""Stacked projects, flat lists, rows that are not indicators and tier labels (items 2–6, 13)."""

from __future__ import annotations

from tests.variants.holdout462.common import (
    department,
    funds,
    indicators,
    notes,
    project,
    signature,
    start,
)
from tests.variants.holdout462.registry import variant
from tests.variants.kit import Book, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TASKS = [
    ("窑洞加固改造", "C级、D级危窑加固及窑脸修缮", 380, "完成加固改造二百八十户"),
    ("危窑排查鉴定", "在住窑洞逐孔排查、鉴定和建档", 120, "排查鉴定窑洞四千孔"),
    ("金额合计", None, 500, None),
]


@variant("zd07-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each, a unit standard × count equal to the money "
         "(correct)")  # fmt: skip
def zd07() -> Book:
    b, s = start("项目绩效目标")
    project(s, "峁梁乡窑洞加固改造项目", "峁梁乡人民政府", funds(260, 220, 40),
            ["完成二百户窑洞加固改造，消除在住危窑。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "窑洞加固改造户数", "≥200户"),
        (None, "质量指标", "加固工程验收合格率", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "10月31日前"),
        (None, "成本指标", "户均加固补助", "≤1.3万元/户"),
        ("效益指标", "社会效益指标", "在住危窑消除率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project(s, "峁梁乡窑洞安全排查鉴定项目", "峁梁乡人民政府", funds(90, 90, 0),
            ["对全乡在住窑洞逐孔排查鉴定，建立安全档案。"], title="")  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "排查鉴定窑洞孔数", "≥3000孔"),
        (None, "质量指标", "鉴定档案完整率", "≥98%"),
        (None, "时效指标", "鉴定报告出具时间", "≤10个工作日"),
        (None, "成本指标", "每孔鉴定费用", "≤250元/孔"),
        ("效益指标", "社会效益指标", "危窑住户及时转移率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "李金凤", "0913-6126214")
    return b


@variant("zd08-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "does not add up and a 完成率 is given as a count")  # fmt: skip
def zd08() -> Book:
    b, s = start()
    project(s, "石窑坪村窑洞加固项目", "石窑坪村村民委员会", funds(180, 160, 20),
            ["完成一百二十户窑洞加固，汛期不发生坍塌。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "窑洞加固户数", "≥120户"),
        (None, "质量指标", "加固工程验收合格率", "≥95%"),
        (None, "时效指标", "单户施工周期", "≤75天"),
        (None, "成本指标", "户均加固成本", "≤1.4万元/户"),
        ("效益指标", "社会效益指标", "汛期窑洞坍塌事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(130, "B101", "error", note="110 + 15 = 125, not 130")
    project(s, "石窑坪村危窑隐患整改项目", "石窑坪村村民委员会", funds(total, 110, 15),
            ["完成排查发现的危窑隐患整改，建立整改销号台账。"], title="")  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "危窑隐患整改处数", "≥85处"),
        (None, "质量指标", "危窑隐患整改完成率",
         mk("≥85处", "T105", "error", note="a 完成率 needs a %, not a count")),
        (None, "时效指标", "整改销号时间", "≤30天"),
        (None, "成本指标", "每处整改费用", "≤1.2万元/处"),
        ("效益指标", "社会效益指标", "整改后窑洞安全鉴定达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "整改户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "张宏亮", "0913-6124457")
    return b


@variant("zd09-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def zd09() -> Book:
    b, s = start("部门整体")
    department(s, "柳峪县农村房屋安全服务站", (850, 800, 50, 350, 500),
               "完成全县危窑排查鉴定和加固改造任务，住房安全保障水平提升。", TASKS)  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("窑洞加固改造户数", 20, "户", "≥", 280),
        ("排查鉴定窑洞孔数", 15, "孔", "≥", 4000),
        ("加固工程验收合格率", 15, "%", "≥", pct(0.96)),
        ("户均加固补助标准", 15, "万元/户", "≤", 1.3),
        ("窑洞坍塌致人伤亡事故", 15, "起", "≤", 0),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "王晓燕", "0913-6121187")
    return b


@variant("zd10-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a value unit against the unit column, weights add to 95")  # fmt: skip
def zd10() -> Book:
    b, s = start()
    department(s, "枣塬镇村镇建设综合服务站", (260, 240, 20, 110, 150),
               "完成全镇危窑加固和排查任务，群众住房安全得到保障。", [
                   ("危窑加固", "D级危窑加固及排水", 110, "加固八十户"),
                   ("窑洞排查", "在住窑洞排查建档", 40, "排查一千六百孔"),
                   ("金额合计", None, 150, None),
               ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 10 + 20 = 95, not 100")
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("危窑加固户数", "≥80", "正向", "户", 20),
        ("排查建档窑洞孔数", "≥1600", "正向", "孔", 15),
        ("户均加固补助标准",
         mk("≤1.3万元", "T112", "error", note="万元 in the value, 户 in the unit column"),
         "反向", "户", 15),
        ("加固工程验收合格率", "≥95", "正向", "%", 15),
        ("窑洞险情发生率", "≤2", "反向", "%", 10),
        ("群众满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    signature(s, "郝志军", "0913-6122093")
    return b


@variant("zd11-footnotes-page-break", (4,),
         "project, OLD-NAT, one value column and a weight column: an instruction row inside "
         "the table, the header repeated after a page break, a total row, 填表说明 and a "
         "signature dated the year before (correct)")  # fmt: skip
def zd11() -> Book:
    b, s = start()
    project(s, "沟岔镇窑洞民居防灾加固项目", "沟岔镇人民政府", funds(210, 190, 20),
            ["完成一百四十户窑洞防灾加固，提升雨季窑洞安全水平。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "防灾加固户数", "≥140户", 20),
        (None, None, "窑顶防渗处理面积", "≥8400平方米", 10),
        (None, "质量指标", "加固工程验收合格率", "≥95%", 10),
        (None, "时效指标", "雨季前完工率", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：成本指标按户均补助标准填写，不含农户自筹部分。")
    indicators(s, head, [
        ("产出指标", "成本指标", "户均加固补助标准", "≤1.4万元/户", 10),
        ("效益指标", "社会效益指标", "雨季窑洞险情下降率", "≥30%", 15),
        (None, "可持续影响指标", "窑洞安全网格巡查制度", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "加固户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.权重合计为100；3.本表一式两份。")
    signature(s, "杨秀梅", "0913-6120765")
    return b


@variant("zd12-labels-template-rows", (5, 6, 13),
         "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标): a tier-2 under "
         "the wrong tier-1, a template tier-2 left empty, a value without a name")  # fmt: skip
def zd12() -> Book:
    b, s = start()
    project(s, "峪口村窑洞群抢险加固项目", "峪口村村民委员会", funds(160, 150, 10),
            ["完成六十户险情窑洞抢险加固，消除坍塌风险。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("一、成本指标", "（一）经济成本指标", "户均抢险加固成本", "≤2.5万元/户"),
        ("二、产出指标", "（一）数量指标", "抢险加固户数", "≥60户"),
        (None, "（二）质量指标", "抢险工程验收合格率", "≥95%"),
        (None, "（三）时效指标", "险情处置响应时间", "≤48小时"),
        (None, mk("（四）可持续影响指标", "F105", "error",
                  note="可持续影响指标 belongs under 效益指标"), "加固窑洞安全使用年限", "≥10年"),
        ("三、效益指标", "（一）社会效益指标", "险情窑洞住户安全转移率", "=100%"),
        (None, mk("（二）生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("四、满意度指标", "（一）服务对象满意度指标", mk(None, "F110", "error",
                                                   note="value without a name"), "≥90%"),
    ])  # fmt: skip
    signature(s, "贺玉川", "0913-6125548")
    return b
