"""Village volunteer fire brigades, night patrols and the fire-safety office's own budget
(zg07-zg12: stacked projects, flat lists, rows that are not indicators, direction columns)."""

from __future__ import annotations

from tests.variants.holdout465.common import (
    FIRE,
    department,
    indicators,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout465.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OFFICE = "枫峒县消防安全委员会办公室"


def _brigade(s: Sheet, title: str | None, sat: str) -> None:
    project(s, "村寨义务消防队装备配置", FIRE, 48, 40, 8,
            "为40个吊脚楼村寨义务消防队各配置手抬机动泵、水带和个人防护装备一套。",
            title=title)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "配齐装备的村寨义务消防队", "≥40支"),
        (None, "质量指标", "装备验收合格率", "100%"),
        (None, "时效指标", "装备配发完成时间", "2025年6月30日前"),
        (None, "成本指标", "每支义务消防队装备配置标准", "≤1.2万元/支"),
        ("效益指标", "社会效益指标", "村寨初起火灾自救处置成功率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", sat),
    ])  # fmt: skip


@variant("zg07-brigades-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "name with different values in each (correct)")  # fmt: skip
def zg07() -> Book:
    b, s = start()
    _brigade(s, None, "≥90%")
    s.skip()
    project(s, "吊脚楼村寨夜间防火巡查", "枫峒县岩脚镇人民政府", 36, 36, 0,
            "聘用50名寨内防火巡查员，每晚巡查用火用电，全年无休。", title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "聘用寨内防火巡查员", "≥50人"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, "时效指标", "隐患发现后上报时限", "≤2小时"),
        (None, "成本指标", "巡查员补助标准", "≤600元/人·月"),
        ("效益指标", "社会效益指标", "夜间用火用电隐患整改率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "欧阳春", "0855-3716093")
    return b


@variant("zg08-brigades-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and its coverage rate is a count")  # fmt: skip
def zg08() -> Book:
    b, s = start()
    _brigade(s, None, "≥90%")
    s.skip()
    total = mk(60, "B101", "error", note="45 + 10 = 55, not 60")
    project(s, "吊脚楼村寨消防演练与巡查", "枫峒县岩脚镇人民政府", total, 45, 10,
            "组织32个村寨开展夜间疏散演练并落实巡查制度。", title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "组织夜间疏散演练", "≥64场"),
        (None, "质量指标", "村寨巡查制度覆盖率",
         mk("32个", "T105", "error", note="a 覆盖率 given as a count of villages")),
        (None, "时效指标", "演练完成时间", "2025年12月15日前"),
        (None, "成本指标", "每场演练经费", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "村民火场逃生技能掌握率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参演村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "欧阳春", "0855-3716093")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("zg09-office-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100, tasks adding to 项目支出 (correct)")  # fmt: skip
def zg09() -> Book:
    b, s = start()
    department(s, OFFICE, (500, 460, 40, 320, 180),
               "统筹吊脚楼村寨火灾防控，全年不发生较大以上火灾。", tasks=[
        ("义务消防队建设", "40支村寨义务消防队训练与补助", 80, "每支队伍年训≥4次"),
        ("电气隐患排查", "吊脚楼电气线路入户排查", 60, "排查全县吊脚楼"),
        ("消防宣传", "双语宣讲与防火明白卡", 40, "知晓率≥85%"),
        ("金额合计", None, 180, None),
    ])  # fmt: skip
    indicators(s, [
        ("完成电气隐患入户排查的吊脚楼", 20, "户", "≥", 5200),
        ("村寨义务消防队年度训练", 15, "次/队", "≥", 4),
        ("排查发现隐患整改率", 15, "%", "≥", pct(0.95)),
        ("较大以上火灾事故", 10, "起", "≤", 0),
        ("吊脚楼火灾起数下降率", 10, "%", "≥", pct(0.15)),
        ("接警后义务消防队到场时间", 10, "分钟", "≤", 10),
        ("村民消防知识知晓率", 10, "%", "≥", pct(0.85)),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
    ], head=FLAT, merged=())  # fmt: skip
    sign(s, "杨秀梅", "0855-3716720")
    return b


FLAT2 = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


@variant("zg10-office-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, ≥ on a 反向 time, weights adding to 95")  # fmt: skip
def zg10() -> Book:
    b, s = start()
    department(s, OFFICE, (260, 230, 30, 190, 70),
               "提升吊脚楼村寨初起火灾处置能力，减少火灾损失。")  # fmt: skip
    indicators(s, [
        ("培训村寨义务消防队员",
         mk("260人", "T112", "error", note="value in 人, unit column 场"), "正向", "场", 20),
        ("配发灭火器", "≥1500具", "正向", "具", 15),
        ("接警后义务消防队到场时间",
         mk("≥15分钟", "T108", "warning", row=True, note="a response time is 反向: ≤"),
         "反向", "分钟", 15),
        ("灭火器配置达标率", "≥95%", "正向", "%", 15),
        ("火灾直接经济损失下降率", "≥10%", "正向", "%", 10),
        ("群众满意度", "≥90%", "正向", "%", 20),
    ], head=FLAT2, merged=())  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="20 + 15 + 15 + 15 + 10 + 20 = 95, not 100")
    sign(s, "杨秀梅", "0855-3716720")
    return b


W6 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant("zg11-office-page-break", (4, 12),
         "department, NAT-2021, weight column: unit row, subtotal rows, the header repeated "
         "after a page break, a 注 row, signature lines; tasks add up (correct)")  # fmt: skip
def zg11() -> Book:
    b, s = start()
    department(s, "枫峒县岩脚镇人民政府", (310, 280, 30, 210, 100),
               "完成全镇吊脚楼村寨消防隐患整治，镇域内不发生亡人火灾。", tasks=[
        ("消防水池维护", "维护镇内消防水池12座", 36, "完好率≥95%"),
        ("巡查员补助", "寨内防火巡查员补助", 64, "巡查每晚全覆盖"),
        ("金额合计", None, 100, None),
    ])  # fmt: skip
    s.row("单位：万元、%", merge=[(1, 5)])
    indicators(s, [
        ("产出指标", "数量指标", "维护消防水池", "≥12座", 15),
        (None, None, "在岗寨内防火巡查员", "≥40人", 15),
        (None, "时效指标", "隐患整改完成时限", "≤15个工作日", 10),
    ], head=W6)  # fmt: skip
    s.row("产出指标小计", None, None, None, 40)
    s.skip()
    s.row(*W6)
    s.table([
        ("成本指标", "经济成本指标", "每座水池年维护费用", "≤3万元/座", 20),
        ("效益指标", "社会效益指标", "镇域亡人火灾起数", "≤0起", 15),
        (None, "可持续影响指标", "消防水池完好率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "寨民满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "注：亡人火灾以消防救援机构认定为准；巡查员补助按每人每月1333元发放。", width=5)
    sign(s, "潘文军", "0855-3940218", stamp=True)
    return b


DIR = ("一级指标", "二级指标", "三级指标", "指标值", "指标方向")


@variant("zg12-patrol-notes-direction", (4, 11),
         "project, OLD-NAT, direction column (正向/反向) with operators in the values: a 注 "
         "row between tiers, 说明 and 填表说明 under the table, stamp line (correct)")  # fmt: skip
def zg12() -> Book:
    b, s = start()
    project(s, "吊脚楼村寨用火用电安全巡查", "枫峒县岩脚镇人民政府", 24, 24, 0,
            "对镇内21个吊脚楼村寨开展每月一轮用火用电安全巡查并督促整改。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "每月巡查村寨", "≥21个", "正向"),
        (None, "质量指标", "巡查隐患整改率", "≥90%", "正向"),
        (None, "时效指标", "接报后巡查员到场时间", "≤15分钟", "反向"),
        (None, "成本指标", "每个村寨年度巡查经费", "≤1.1万元/个", "反向"),
    ], head=DIR)  # fmt: skip
    notes(s, "注：以下效益指标以镇消防工作站年度统计为准。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "吊脚楼火灾起数下降率", "≥20%", "正向"),
        (None, None, "亡人火灾", "≤0起", "反向"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：下降率以2024年全镇吊脚楼火灾起数为基数。",
          "填表说明：指标方向填“正向”或“反向”。", width=5)  # fmt: skip
    sign(s, "麻建华", "0855-3940377", stamp=True)
    return b
