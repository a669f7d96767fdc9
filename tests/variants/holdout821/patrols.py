"""Returns about ranger patrols (护林员巡护): key01 to key06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout821.common import DEPT, funds, header, notes, sign, start, tiers, wan
from tests.variants.holdout821.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "栎坪县森林防火指挥部办公室"


@variant("key01-ranger-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, 0起 on a fire count and a cost within its money (correct)")  # fmt: skip
def ranger_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2025, name="生态护林员森林防火巡护补助", dept=DEPT, unit=UNIT,
                 money=funds((200, 180, 20)),
                 goals=["聘用生态护林员120名（其中专职80名、兼职40名），全年巡护林区不少于"
                        "3600公里，确保全年不发生重大森林火灾。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "生态护林员聘用人数", "≥", 120, "人"),
        (None, None, "林区巡护里程", "≥", 3600, "公里"),
        (None, "质量指标", "巡护轨迹上传率", "≥", pct(0.95), "%"),
        (None, "时效指标", "火情发现至报告时限", "≤", 30, "分钟"),
        (None, "成本指标", "护林员劳务补助标准", "≤", 1.5, "万元/人·年"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "=", 0, "起"),
        (None, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, "可持续影响指标", "护林员网格化管护机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "龚维岳", "0736-5281047")
    return b


@variant("key02-ranger-goal-mismatch", (7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators inside the values: the goal's "
         "mileage and deadline differ from the indicators, a 反向 rate with ≥")  # fmt: skip
def ranger_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘塘镇护林员巡护网格化管理", dept=DEPT, unit="柘塘镇人民政府",
                 money=funds((64, 60, 4)),
                 goals=["组建护林员巡护队伍40人，全年巡护不少于3600公里，9月30日前完成全体护林员"
                        "岗前培训，火情早发现、早报告、早处置。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    tiers(s, [
        ("产出指标", "数量指标", "护林员巡护队伍人数", "≥40人"),
        (None, None, "年度巡护里程",
         mk("≥2600公里", "D104", "warning", row=True,
            note="年度目标写全年巡护不少于3600公里，指标只有2600公里")),
        (None, "质量指标", "火情漏报率",
         mk("≥2%", "T108", "warning", row=True, note="漏报率是反向指标，应为≤")),
        (None, "时效指标", "岗前培训完成时间",
         mk(day(2025, 11, 30, 'yyyy"年"m"月"d"日前"'), "D104", "warning", row=True,
            note="年度目标写9月30日前完成培训，指标却是11月30日前")),
        (None, "成本指标", "护林员巡护补助标准", "≤1.5万元/人·年"),
        ("效益指标", "社会效益指标", "林区野外违规用火查处率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "林区村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "沈砚秋", "0736-5390162")
    return b


@variant("key03-ranger-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a year's training count above the period's")  # fmt: skip
def ranger_three_years() -> Book:
    b, s = start()
    text = (
        "三年内建成覆盖全县12个乡镇的护林员巡护体系，累计培训护林员600人次，"
        "森林火灾受害率控制在0.9‰以内。"
    )
    project_head(s, year=2025, years=3, attr="新增项目", name="护林员巡护体系三年建设",
                 dept=DEPT, unit=UNIT, money=funds((540, 480, 60), (180, 160, 20)),
                 goals=[text, mk(text, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    tiers(s, [
        ("产出指标", "数量指标", "巡护体系覆盖乡镇数", "≥12个", "≥4个", None),
        (None, None, "护林员轮训人次", "≥600人次",
         mk("≥900人次", "D201", "error", note="一年的培训人次多于三年累计的600人次")),
        (None, "质量指标", "巡护终端在线率", "≥95%", "≥95%", None),
        (None, "时效指标", "火情报告时限", "≤30分钟", "≤30分钟", None),
        ("成本指标", "经济成本指标", "人均轮训成本", "≤0.08万元/人次", "≤0.08万元/人次", None),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰", None),
        (None, "可持续影响指标", "巡护管理制度", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("key04-ranger-stacked-two", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values, a goal total with its parts in brackets, a footnote and "
         "signature lines (correct)")  # fmt: skip
def ranger_stacked_two() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="重点林区护林员驻点巡护",
        dept=DEPT,
        unit=UNIT,
        money=funds((96, 90, 6)),
        goals=["在杉岗、枫垭两个重点林区设驻点8处，护林员驻点巡护全年不少于300天。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "巡护驻点设置数", "≥8处"),
        (None, None, "驻点巡护天数", "≥300天"),
        (None, "质量指标", "重点林区巡护覆盖率", pct(0.95)),
        (None, "成本指标", "驻点运行经费标准", "≤12万元/处"),
        ("效益指标", "社会效益指标", "林区火源管控率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "驻点护林员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="护林员巡护通讯设备购置", dept=DEPT, unit=UNIT,
                 money=funds((45, 45, 0)),
                 goals=["购置巡护通讯设备120台（其中北斗巡护终端70台、对讲机50台），"
                        "实现重点林区通讯全覆盖。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "巡护通讯设备购置数", "≥120台"),
        (None, None, "北斗巡护终端购置数", "≥70台"),
        (None, "质量指标", "重点林区巡护覆盖率", pct(0.9)),
        (None, "成本指标", "设备平均购置单价", "≤0.35万元/台"),
        ("效益指标", "社会效益指标", "林区通讯盲区减少率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "护林员使用满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：巡护通讯设备购置数为北斗巡护终端与对讲机之和（70台＋50台）。")
    sign(s, 2025, "龚维岳", "0736-5281047")
    return b


@variant("key05-ranger-department", (12,),
         "department, NAT-2021, tasks with a 金额合计: 资金总额 ≠ 基本支出 + 项目支出, tasks not "
         "adding to 金额合计, one indicator twice with different values")  # fmt: skip
def ranger_department() -> Book:
    b, s = start()
    total = mk(wan(860), "B101", "error", note="基本支出520＋项目支出320＝840，不是860")
    department_head(s, year=2025, dept="栎坪县森林防火管理站", budget=[
        (total, wan(800), wan(60), wan(520), wan(320)),
    ], tasks=[
        ("护林员巡护", "全县生态护林员巡护补助", wan(180), "巡护林区不少于3600公里"),
        ("防火宣传", "进村入户宣传、警示牌设置", wan(40), "宣传覆盖全县行政村"),
        ("瞭望值守", "瞭望塔值守人员补助", wan(100), "防火期24小时值守"),
        ("金额合计", None, mk(wan(330), "B102", "error", alt=("B101",),
                              note="180＋40＋100＝320，不是330")),
    ], goal="全县森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "护林员培训人次", "≥400人次"),
        (None, None, "防火警示牌设置数", "≥260块"),
        (None, None, "护林员培训人次",
         mk("≥350人次", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，指标值不同")),
        (None, "质量指标", "巡护日志规范率", "≥95%"),
        (None, "时效指标", "火情报告时限", "≤30分钟"),
        ("成本指标", "经济成本指标", "警示牌制作单价", "≤0.05万元/块"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("key06-ranger-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), a typed percent "
         "cell, weights adding to 100 (correct)")  # fmt: skip
def ranger_flat_list() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="枫垭国有林场", budget=[
        (wan(310), wan(290), wan(20), wan(210), wan(100)),
    ], goal="护林员巡护覆盖林场全部林班，林场全年不发生森林火灾。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("护林员巡护林班数", 20, "个", "≥", 46),
        ("巡护轨迹上传率", 15, "%", "≥", pct(0.95)),
        ("火情报告时限", 15, "分钟", "≤", 30),
        ("护林员人均巡护补助", 10, "万元/人·年", "≤", 1.5),
        ("林场森林火灾发生次数", 20, "起", "=", 0),
        ("林区火源管控率", 10, "%", "≥", 95),
        ("周边村民满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：指标性质填写比较符；合计行为权重合计。", width=5)
    return b
