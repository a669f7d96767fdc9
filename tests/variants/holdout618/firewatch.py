"""Returns fd13–fd18: the forest-fire watch station of 岑口县 (瞭望塔, 视频监测, 值守)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout618.common import (
    book,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout618.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "岑口县林业局（406）"
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fd13-watch-notes-zero", (4, 11),
         "project, OLD-NAT, header 预期目标, operator and unit columns: a note row between the "
         "tiers, 0起 on a fire count, a "
         "‰ damage rate with ≤, signature lines (correct)")  # fmt: skip
def fd13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="青冈岭森林防火瞭望站运行维护项目", dept=DEPT,
                 unit="岑口县青冈岭防火瞭望站", money=one_year(wan(68), wan(60), wan(8)),
                 goals=["防火期瞭望值守不少于180天，火情发现后15分钟内报告，"
                        "辖区不发生重大森林火灾，维护瞭望塔4座。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "预期目标", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "防火期瞭望值守天数", "≥", 180, "天"),
        (None, None, "瞭望塔维护座数", "≥", 4, "座"),
        (None, "质量指标", "火情瞭望覆盖率", "≥", pct(0.92), "%"),
        (None, "时效指标", "火情报告时限", "≤", 15, "分钟"),
        (None, "成本指标", "瞭望员值守补助标准", "≤", 150, "元/人·天"),
    ])  # fmt: skip
    note(s, "注：覆盖率按瞭望可视林地面积÷辖区林地面积计算；值守8人，补助按实际值守天数发放。")
    s.table([
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "=", 0, "起"),
        (None, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "韦家明", "覃素琴", "0771-6352418", day(2024, 11, 18))
    return b


@variant("fd14-tower-period-copied", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, a cumulative count copied into 年度")  # fmt: skip
def fd14() -> Book:
    b, s = book()
    text = ("2025—2027年新建防火瞭望塔6座，建设视频监测点18个，"
            "重点林区火情瞭望覆盖率达到95%。")  # fmt: skip
    project_head(s, year=2025, years=3, name="岑口县森林防火瞭望监测体系建设项目", dept=DEPT,
                 unit="岑口县森林防火指挥部办公室", attr="新增项目",
                 money=multi_year((wan(450), wan(400), wan(50)),
                                  (wan(150), wan(130), wan(20))),
                 goals=[text, mk(text, "D204", "warning", alt=("D104",),
                                 note="年度目标与中期目标逐字相同")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单座瞭望塔建设成本", "≤45万元/座", "≤45万元/座"),
        ("产出指标", "数量指标", "防火瞭望塔新建座数", "≥6座", "≥2座"),
        (None, None, "视频监测点建设数量", "≥18个",
         mk("≥18个", "D202", "warning", note="三年累计数照抄到年度")),
        (None, "质量指标", "瞭望塔工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "各年11月30日前", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "重点林区火情瞭望覆盖率", "≥95%", "≥85%"),
        (None, "社会效益指标", "火情发现至报告时限", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fd15-stacked-watch", (2,),
         "two projects stacked, OLD-NAT, one value column, the same indicator names with "
         "different values in the two projects, costs within their money (correct)")  # fmt: skip
def fd15() -> Book:
    b, s = book()
    project_head(s, year=2025, name="火情视频监测系统运维项目", dept=DEPT,
                 unit="岑口县森林防火指挥部办公室", money=one_year(wan(45), wan(45), wan(0)),
                 goals=["运维火情视频监测点24个，设备完好率95%以上，"
                        "火情发现后10分钟内报告。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "视频监测点运维数量", "≥24个"),
        (None, "质量指标", "监测设备完好率", "≥95%"),
        (None, "时效指标", "火情报告时限", "≤10分钟"),
        (None, "成本指标", "单点年运维费用", "≤1.8万元/个"),
        ("效益指标", "社会效益指标", "火情早期发现率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="防火瞭望员业务培训项目", dept=DEPT, title="",
                 unit="岑口县森林防火指挥部办公室", money=one_year(wan(12), wan(10), wan(2)),
                 goals=["培训防火瞭望员120人次，考核合格率95%以上，5月底前完成。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "瞭望员培训人次", "≥120人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年5月31日前"),
        (None, None, "火情报告时限", "≤15分钟"),
        (None, "成本指标", "人均培训费用", "≤900元/人次"),
        ("效益指标", "可持续影响指标", "持证瞭望员占比", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("fd16-township-wrong-tier", (11, 12),
         "department, OLD-NAT, header 目标值（年度）: a response time under 质量, a damage rate "
         "with ≥ against the goal, a satisfaction rate under 社会效益")  # fmt: skip
def fd16() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="岑口县鹤塘镇林业站",
                    budget=[(wan(96), wan(86), wan(10), wan(60), wan(36))],
                    tasks=[("防火期瞭望值守", "瞭望台值守", wan(20), "值守150天"),
                           ("防火宣传进村", "进村宣传", wan(8), "30场次"),
                           ("防火物资储备", "储备扑火物资", wan(8), "500件"),
                           ("金额合计", None, wan(36), None)],
                    goal="防火期瞭望值守150天以上，开展防火宣传进村30场次，储备扑火物资500件，"
                         "全年森林火灾受害率控制在0.9‰以内。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "瞭望值守天数", "≥150天"),
        (None, None, "防火宣传进村场次", "≥30场次"),
        (None, None, "扑火物资储备件数", "≥500件"),
        (None, "质量指标",
         mk("火情响应到场时间", "F201", "warning", row=True, note="响应时间是时效指标"),
         "≤30分钟"),
        (None, "时效指标", "宣传资料发放及时率", "≥95%"),
        ("效益指标", "生态效益指标", "森林火灾受害率",
         mk("≥0.9‰", "T108", "warning", row=True, alt=("D104",),
            note="受害率是反向指标，年度总体目标写控制在0.9‰以内")),
        (None, "社会效益指标",
         mk("护林员防火培训满意度", "F201", "warning", row=True,
            note="满意度应填在满意度指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "辖区村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fd17-centre-page-break", (4, 12),
         "department, OLD-NAT, weight column: subtotal rows, the header repeated after a page "
         "break, a 说明 line explaining the total, 0起 on a fire count (correct)")  # fmt: skip
def fd17() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="岑口县森林防火瞭望中心",
                    budget=[(wan(310), wan(270), wan(40), wan(130), wan(180))],
                    tasks=[("瞭望站值守", "5座瞭望站防火期值守", wan(80), "值守180天"),
                           ("防火通道维护", "维护林区防火通道", wan(60), "45公里"),
                           ("防火宣传", "印发宣传资料", wan(40), "5000份"),
                           ("金额合计", None, wan(180), None)],
                    goal="防火期瞭望值守180天以上，维护防火通道45公里，发放宣传资料5000份，"
                         "全年不发生重大森林火灾。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "瞭望站值守天数", "≥180天", 15),
        (None, None, "防火通道维护里程", "≥45公里", 15),
        (None, None, "宣传资料发放份数", "≥5000份", 10),
        (None, "时效指标", "火情报告及时率", "≥98%", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    indicators(s, head, [
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", 15),
        (None, "社会效益指标", "重大森林火灾发生次数", "0起", 15),
    ])  # fmt: skip
    s.row("效益指标小计", None, None, None, 30)
    s.table([("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%", 20)],
            merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    note(s, "说明：权重合计100（产出50、效益30、满意度20），小计行不重复计入合计。")
    return b


@variant("fd18-export-camera", (7,),
         "budget-system export, the indicator table on sheet 05-2 with codes in the first "
         "columns: a rate as a count, a deadline in the year before, a unit cost × count above "
         "the money")  # fmt: skip
def fd18() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 20, 16, 16, 16))
    code, name = "521406250000000112", "森林火情视频监控设备购置"
    s.title("2025年部门项目支出预算表", 4)
    s.row("单位：岑口县森林防火指挥部办公室", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出内容", "金额")
    s.row(code, name, "视频监控设备购置", wan(80))
    s.row("合计", None, None, wan(80))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 24, 30, 12, 14, 24, 18))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：岑口县森林防火指挥部办公室")
    goal = "购置森林火情视频监控设备12套，覆盖瞭望塔12座，2025年10月31日前完成安装调试。"
    t.row("项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标值")
    for i, line in enumerate([
        ("产出指标", "数量指标", "视频监控设备购置数量", "≥12套"),
        ("产出指标", "质量指标", "火情瞭望监测覆盖率",
         mk("12座", "T105", "error", note="覆盖率写成座数")),
        ("产出指标", "时效指标", "设备安装调试完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="预算年度2025，年度目标写2025年10月31日前")),
        ("产出指标", "成本指标", "单套设备购置成本",
         mk("≤8万元/套", "B107", "warning", row=True, note="12套 × 8万元 = 96万元 > 80万元")),
        ("效益指标", "社会效益指标", "林火早期发现率", "≥90%"),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "林区管护单位满意度", "≥90%"),
    ]):  # fmt: skip
        t.row(code, name, goal if i == 0 else None, *line)
    return b
