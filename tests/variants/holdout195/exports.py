"""One-year project tables exported from the 预算管理一体化 system (ow01–ow07): the target
split into 指标值符号 / 指标值 / 计量单位 beside 指标性质 and 指标方向 in varying order, code and
number rows under the header, a header repeated after a page break, stacked projects,
amounts in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout195.common import (
    SPLIT,
    book,
    export_head,
    note,
    num,
    one_year,
    page_break,
    sign,
    table,
    yuan,
)
from tests.variants.holdout195.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("ow01-education-numbered-columns", (1, 4, 11), "one-year education project, 元, a "
         "numbered column row under the header, 指标性质 · 指标值符号 · 指标值 · 计量单位 · "
         "指标方向; two 补助标准 × 人数 adding exactly to the money (correct)")  # fmt: skip
def ow01() -> Book:
    b, s = book("项目支出绩效目标表", (14, 14, 30, 10, 10, 12, 12, 10))
    export_head(
        s, year=2026, width=8, name="家庭经济困难寄宿生生活补助项目", code="LXJY-ZZ-0417",
        dept="临溪县教育局", unit="临溪县学生资助管理中心",
        money=one_year(1250000, 1250000, 0),
        goals=["2026年为600名小学和520名初中家庭经济困难寄宿生发放生活补助，资助政策覆盖全部"
               "符合条件的寄宿生，补助资金每学期开学后及时足额发放。"],
    )  # fmt: skip
    table(s, SPLIT, [
        ("产出指标", "数量指标", "资助小学家庭经济困难寄宿生人数", "定量", "≥", 600, "人", "正向"),
        (None, None, "资助初中家庭经济困难寄宿生人数", "定量", "≥", 520, "人", "正向"),
        (None, "质量指标", "资助对象认定准确率", "定量", "=", 100, "%", "正向"),
        (None, "时效指标", "每学期补助资金发放时限", "定量", "≤", 30, "个工作日", "反向"),
        ("成本指标", "经济成本指标", "小学寄宿生生活补助标准", "定量", "≤", num(1000),
         "元/人·年", "反向"),
        (None, None, "初中寄宿生生活补助标准", "定量", "≤", num(1250), "元/人·年", "反向"),
        ("效益指标", "社会效益指标", "家庭经济困难寄宿生资助覆盖率", "定量", "=", 100, "%",
         "正向"),
        (None, "可持续影响指标", "学生资助长效管理机制", "定性", None, "健全", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "定量", "≥", 90, "%",
         "正向"),
    ], codes=tuple(range(1, 9)))  # fmt: skip
    note(s, "填表说明：1.定性指标的指标值符号和计量单位不填；2.正向指标填“≥”，反向指标填“≤”；"
            "3.本表金额单位为元。", 8)  # fmt: skip
    sign(s, "单位负责人：钟立平", "财务负责人：许晓岚", "填表人：方可", "联系电话：0791-85603217")
    return b


@variant("ow02-health-direction-first", (1, 4, 11), "one-year health project, 元 in the "
         "number format, 指标方向 · 指标值符号 · 指标值 · 计量单位 · 指标值设定依据; a per-person "
         "cost × persons equal to the money, a 填表说明 under the table (correct)")  # fmt: skip
def ow02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 12, 12, 12))
    project_head(
        s, year=2026, name="老年人免费健康体检项目", dept="白沙河区卫生健康局（412）",
        unit="白沙河区疾病预防控制中心", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(960000), None, None),
               ("其中：财政拨款", yuan(880000), "其他资金", yuan(80000))],
        goals=["2026年为辖区12000名65岁及以上老年人提供免费健康体检，体检异常结果全部反馈，"
               "老年人健康管理率达到70%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值符号", "指标值", "计量单位",
              "指标值设定依据"), [
        ("产出指标", "数量指标", "老年人免费健康体检人数", "正向", "≥", num(12000), "人",
         "计划标准"),
        (None, "质量指标", "体检报告规范填写率", "正向", "≥", 95, "%", "行业标准"),
        (None, None, "体检异常结果反馈率", "正向", "=", 100, "%", "计划标准"),
        (None, "时效指标", "体检结果反馈时限", "反向", "≤", 15, "个工作日", "计划标准"),
        ("成本指标", "经济成本指标", "人均体检成本", "反向", "≤", 80, "元/人", "历史标准"),
        ("效益指标", "社会效益指标", "老年人健康管理率", "正向", "≥", 70, "%", "行业标准"),
        (None, None, "高血压患者规范管理率", "正向", "≥", 65, "%", "行业标准"),
        (None, "可持续影响指标", "老年人健康档案动态更新机制", "正向", None, "建立并执行",
         None, "计划标准"),
        ("满意度指标", "服务对象满意度指标", "体检老年人满意度", "正向", "≥", 90, "%",
         "历史标准"),
    ])  # fmt: skip
    note(s, "填表说明：指标方向为“反向”的指标（成本、时限等）数值越小越好，指标值符号填“≤”或“<”；"
            "定性指标不填指标值符号。", 8)  # fmt: skip
    return b


@variant("ow03-transport-reverse-ge", (11,), "one-year transport project, 元, a system code row "
         "under the header, 指标值符号 · 指标值 · 计量单位 · 指标方向 · 指标性质: a 反向 处置时限 "
         "with ≥")  # fmt: skip
def ow03() -> Book:
    b, s = book("绩效目标", (14, 14, 30, 10, 12, 12, 10, 10))
    export_head(
        s, year=2026, width=8, name="农村公路日常养护项目", code="QLJT-YH-0108",
        dept="青岚市交通运输局", unit="青岚市农村公路养护中心",
        money=one_year(3480000, 3000000, 480000),
        goals=["2026年完成农村公路日常养护里程580公里，及时修补路面病害，农村公路优良中等路率"
               "保持在85%以上。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值符号", "指标值", "计量单位", "指标方向",
              "指标性质"), [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 580, "公里", "正向", "定量"),
        (None, None, "路面病害修补面积", "≥", num(12000), "平方米", "正向", "定量"),
        (None, "质量指标", "农村公路优良中等路率", "≥", 85, "%", "正向", "定量"),
        (None, "时效指标", "路面病害处置时限",
         mk("≥", "T108", "warning", row=True, note="a 反向 time limit with ≥: ≤7天 meant"),
         7, "天", "反向", "定量"),
        ("成本指标", "经济成本指标", "农村公路每公里年度养护成本", "≤", num(6000), "元/公里",
         "反向", "定量"),
        ("效益指标", "社会效益指标", "农村公路列养率", "=", 100, "%", "正向", "定量"),
        (None, "可持续影响指标", "农村公路养护长效机制", None, "健全", None, "正向", "定性"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 88, "%", "正向", "定量"),
    ], codes=("YJZB", "EJZB", "SJZB", "ZBZFH", "ZBZ", "JLDW", "ZBFX", "ZBXZ"))  # fmt: skip
    sign(s, "单位负责人：邓光远", "填表人：蔡雨桐", "联系电话：0796-82215530")
    return b


@variant("ow04-civil-rate-as-count", (1, 10), "one-year civil-affairs project, 元, 指标值 · "
         "计量单位 · 指标值符号 · 权重 (adding to 100): a 集中供养率 given as 260 人")  # fmt: skip
def ow04() -> Book:
    b, s = book("项目绩效目标", (14, 14, 30, 12, 12, 10, 8))
    export_head(
        s, year=2026, width=7, name="特困人员救助供养项目", code="LXMZ-TK-0032",
        dept="临溪县民政局", unit="临溪县社会福利中心",
        money=one_year(5616000, 5616000, 0),
        goals=[ok("2026年为600名特困人员按月发放基本生活供养金，集中供养率达到40%以上，"
                  "失能特困人员照护服务全覆盖。",
                  note="the goal's 40% against 260人: the same slip")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值符号", "权重"), [
        ("产出指标", "数量指标", "特困人员供养人数", 600, "人", "≥", 15),
        (None, None, "失能特困人员照护服务人数", 45, "人", "≥", 10),
        (None, None, "特困人员集中供养率",
         mk(mk(260, "T105", "error", row=True, note="a 供养率 needs a percentage, not 人"),
            "D104", "warning", row=True, required=False, note="the goal says 40%以上"),
         "人", "≥", 10),
        (None, "质量指标", "供养对象认定准确率", 100, "%", "=", 10),
        (None, "时效指标", "供养金按月发放及时率", 100, "%", "=", 10),
        ("成本指标", "经济成本指标", "特困人员基本生活供养标准", num(9360), "元/人·年", "≤", 10),
        ("效益指标", "社会效益指标", "特困人员基本生活保障率", 100, "%", "=", 15),
        (None, "可持续影响指标", "特困人员动态管理机制", "健全", None, None, 10),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", 92, "%", "≥", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    return b


@variant("ow05-education-impossible-date", (4,), "one-year education project, 元, inline values "
         "with a 指标方向 column and the header repeated after a page break: a 完工时间 of "
         "2026年11月31日")  # fmt: skip
def ow05() -> Book:
    b, s = book("Sheet1", (14, 14, 30, 18, 10, 16, 10))
    export_head(
        s, year=2026, width=7, name="青岚市第三中学校舍维修改造项目", code="QLJY-XS-0215",
        dept="青岚市教育局", unit="青岚市第三中学",
        money=one_year(1860000, 1500000, 360000),
        goals=["2026年完成教学楼屋面防水及外墙维修4200平方米，更换教室门窗320樘，维修工程验收"
               "合格率100%，消除校舍安全隐患。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标方向", "备注")
    table(s, head, [
        ("产出指标", "数量指标", "屋面防水及外墙维修面积", "≥4200平方米", "正向", None),
        (None, None, "更换教室门窗数量", "≥320樘", "正向", None),
        (None, "质量指标", "维修工程验收合格率", "=100%", "正向", None),
        (None, "时效指标", "维修工程完工时间",
         mk("2026年11月31日前", "Y106", "error", alt=("T116",), note="November has 30 days"),
         "反向", "避开考试周施工"),
    ])  # fmt: skip
    page_break(s)
    table(s, head, [
        ("成本指标", "经济成本指标", "屋面防水及外墙维修单价", "≤250元/平方米", "反向", None),
        (None, None, "教室门窗更换单价", "≤2500元/樘", "反向", None),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", "=100%", "正向", None),
        (None, "可持续影响指标", "维修后校舍安全使用年限", "≥15年", "正向", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "正向", None),
    ])  # fmt: skip
    sign(s, "填表人：韦思源", "审核人：黎嘉明", "联系电话：0791-86412093")
    return b


@variant("ow06-transport-page-break", (1, 4, 11), "one-year transport project, 元, system code "
         "row, header and code row repeated after a page break, percent cells beside a % unit "
         "column, 反向 rows with ≤ and <, a long merged goal and footnotes (correct)")  # fmt: skip
def ow06() -> Book:
    b, s = book("项目绩效目标表", (14, 14, 30, 10, 10, 10, 12, 12))
    export_head(
        s, year=2026, width=8, name="城乡公交运营补贴项目", code="BSJT-GJ-0061",
        dept="白沙河区交通运输局", unit="白沙河区公共交通服务中心",
        money=one_year(7200000, 6000000, 1200000),
        goals=["2026年对全区32条城乡公交线路、180辆运营车辆给予运营补贴，保障城乡公交稳定运行，"
               "建制村城乡公交通达率保持100%，公交准点率达到90%以上，乘客投诉率低于0.5%，"
               "推动城乡公交服务均等化。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值符号", "指标值",
            "计量单位")  # fmt: skip
    codes = ("YJZB", "EJZB", "SJZB", "ZBXZ", "ZBFX", "ZBZFH", "ZBZ", "JLDW")
    table(s, head, [
        ("产出指标", "数量指标", "补贴城乡公交线路数", "定量", "正向", "≥", 32, "条"),
        (None, None, "补贴公交运营车辆数", "定量", "正向", "≥", 180, "辆"),
        (None, "质量指标", "公交准点率", "定量", "正向", "≥", pct(0.9), "%"),
        (None, None, "公交车辆年度安全检测合格率", "定量", "正向", "=", pct(1), "%"),
        (None, "时效指标", "运营补贴季度拨付时限", "定量", "反向", "≤", 20, "个工作日"),
    ], codes=codes)  # fmt: skip
    page_break(s)
    table(s, head, [
        ("成本指标", "经济成本指标", "单车年度运营补贴标准", "定量", "反向", "≤", num(40000),
         "元/辆·年"),
        ("效益指标", "社会效益指标", "建制村城乡公交通达率", "定量", "正向", "=", pct(1), "%"),
        (None, None, "乘客投诉率", "定量", "反向", "<", pct(0.005, "0.0%"), "%"),
        (None, "可持续影响指标", "城乡公交运营服务质量考核机制", "定性", "正向", None, "健全",
         None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "定量", "正向", "≥", pct(0.9), "%"),
    ], codes=codes)  # fmt: skip
    note(s, "注：1.本表由预算管理一体化系统导出，金额单位为元；2.指标值符号为空的为定性指标；"
            "3.公交准点率按智能调度系统数据统计。", 8)  # fmt: skip
    sign(s, "单位负责人：严海川", "填表人：宁舒", "联系电话：0798-83360412")
    return b


@variant("ow07-health-stacked", (2, 10), "two one-year health projects stacked, 元 in the number "
         "format, inline values with 指标方向 and 分值 (each project 100), the same indicator "
         "name in both projects with different values (correct)")  # fmt: skip
def ow07() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 10, 8))
    head = ("一级指标", "二级指标", "三级指标", "年度指标值", "指标方向", "分值")
    project_head(
        s, year=2026, name="家庭医生签约服务补助项目", dept="青岚市卫生健康委员会（410）",
        unit="青岚市基层卫生服务指导中心", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(2400000), None, None),
               ("其中：财政拨款", yuan(2100000), "其他资金", yuan(300000))],
        goals=["2026年完成重点人群家庭医生签约120000人，重点人群签约率达到75%以上，家庭医生团队"
               "举办健康讲座120场。"],
    )  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "重点人群家庭医生签约人数", "≥120000人", "正向", 20),
        (None, None, "举办健康讲座场次", "≥120场", "正向", 10),
        (None, "质量指标", "重点人群签约率", "≥75%", "正向", 10),
        (None, "时效指标", "签约服务补助资金拨付时间", "2026年12月20日前", "反向", 10),
        ("成本指标", "经济成本指标", "家庭医生签约服务补助标准", "≤20元/人·年", "反向", 10),
        ("效益指标", "社会效益指标", "签约居民慢性病规范管理率", "≥65%", "正向", 20),
        (None, "可持续影响指标", "家庭医生签约服务考核机制", "健全", "正向", 10),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="居民健康素养促进项目", dept="青岚市卫生健康委员会（410）",
        unit="青岚市健康教育所", title="", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(600000), None, None),
               ("其中：财政拨款", yuan(600000), "其他资金", yuan(0))],
        goals=["2026年举办健康讲座60场，开展居民健康素养监测1200人，全市居民健康素养水平达到"
               "30%以上。"],
    )  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "举办健康讲座场次", "≥60场", "正向", 20),
        (None, None, "居民健康素养监测人数", "≥1200人", "正向", 15),
        (None, "质量指标", "监测问卷有效率", "≥95%", "正向", 15),
        (None, "时效指标", "监测报告完成时间", "2026年11月30日前", "反向", 10),
        ("成本指标", "经济成本指标", "单场健康讲座成本", "≤3000元/场", "反向", 10),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", "正向", 20),
        ("满意度指标", "服务对象满意度指标", "讲座参与居民满意度", "≥90%", "正向", 10),
    ])  # fmt: skip
    sign(s, "填表人：杭佳怡", "审核人：卢振声", "联系电话：0797-88231546")
    return b
