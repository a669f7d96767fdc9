"""Returns on bottled LPG and gas alarms (瓶装液化气整治, 燃气报警器安装): sz07 to sz12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout302.common import book, grid, note, one_year, project, sign
from tests.variants.holdout302.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

YJ = "沅汀县住房和城乡建设局（214001）"
FB = "枫埠区城市管理局（307002）"
CL = "澄岭市住房和城乡建设局（118003）"
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "sz07-lpg-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), typed percents, a 下降率 with ≥, weights add to 100 (correct)",
)
def sz07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄岭市燃气安全监管中心",
                    budget=[(money(640), money(600), money(40), money(260), money(380))],
                    tasks=[("瓶装液化气整治", "打击非法充装、加装钢瓶智能角阀", money(220),
                            "非法充装行为明显减少"),
                           ("燃气报警器推广", "居民及餐饮场所安装燃气报警器", money(160),
                            "报警器应装尽装"),
                           ("金额合计", None, money(380), None)],
                    goal="整治瓶装液化气市场秩序，推广燃气报警器，遏制燃气安全事故。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("取缔非法液化气充装储存窝点", 10, "个", "≥", 12),
        ("钢瓶智能角阀加装数量", 10, "只", "≥", 30000),
        ("居民用户燃气报警器安装数量", 15, "台", "≥", 12000),
        ("非法充装窝点数量下降率", 10, "%", "≥", pct(0.3)),
        ("餐饮场所燃气报警器安装覆盖率", 15, "%", "≥", pct(0.95)),
        ("钢瓶充装前检查合格率", 10, "%", "≥", pct(0.98)),
        ("较大及以上液化气安全事故", 10, "起", "≤", 0),
        ("报警器单台补助标准", 10, "元/台", "≤", 120),
        ("瓶装液化气用户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    sign(s, "骆启衡", "0736-5182409", day(2024, 11, 18))
    return b


@variant(
    "sz08-lpg-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def sz08() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="枫埠区城市管理局",
                    budget=[(money(420), money(380), money(40), money(150), money(270))],
                    tasks=[("液化气供应站点整治", "供应站点规范化整治、查处非法经营",
                            money(150), "站点全部达标"),
                           ("入户安全检查", "瓶装液化气用户入户安检", money(120),
                            "用户安检全覆盖"),
                           ("金额合计", None, money(270), None)],
                    goal="规范瓶装液化气经营秩序，开展入户安全检查，消除用气隐患。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+15+10+10+10+10+10 = 95，不是100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("液化气供应站点规范化整治数量", "≥18个", "正向", "个", 15),
        ("入户安全检查户数", mk("≥3000户", "T112", "error",
                                note="值里的单位“户”与计量单位列“瓶”不一致"), "正向", "瓶", 15),
        ("钢瓶充装合格率", "≥98%", "正向", "%", 15),
        ("瓶装气用户投诉率", mk("≥2%", "T108", "warning", row=True,
                                note="投诉率为反向指标，比较符却是≥"), "反向", "%", 10),
        ("安全隐患整改时限", "≤7个工作日", "反向", "工作日", 10),
        ("查处非法经营液化气案件", "≥30起", "正向", "起", 10),
        ("单户入户安检成本", "≤25元/户", "反向", "元/户", 10),
        ("液化气用户满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    s.skip()
    sign(s, "甘佑宁", "0735-7720316", day(2024, 11, 25))
    return b


@variant(
    "sz09-alarm-tiers",
    (5,),
    "project, NAT-2021, labels numbered with points "
    "(一、产出指标（40分）, （一）数量指标), an indicator score column (correct)",
)
def sz09() -> Book:
    b, s = book()
    project(s, 2025, "老旧住宅燃气报警器及自闭阀加装", "沅汀县燃气管理所", YJ,
            one_year(360, 300, 60),
            ["为老旧住宅15000户加装燃气报警器和自闭阀，实现泄漏早发现、早处置。"])  # fmt: skip
    grid(s, (*ONE, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "安装家用可燃气体报警器", "≥15000台", 15),
        (None, None, "加装燃气自闭阀", "≥15000只", 10),
        (None, "（二）质量指标", "报警器安装验收合格率", "≥98%", 10),
        (None, "（三）时效指标", "安装任务完成时间", "2025年10月31日前", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "报警器及自闭阀户均安装成本",
         "≤200元/户", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "燃气泄漏报警有效处置率", "≥95%", 15),
        (None, "（二）可持续影响指标", "报警器联网在线率", "≥90%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "安装住户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "sz10-alarm-wrong-parent",
    (5,),
    "project, OLD-NAT, labels abbreviated and marked "
    "(*产出, ★质量): a 时效 block under 效益, a satisfaction rate with =",
)
def sz10() -> Book:
    b, s = book()
    project(s, 2025, "餐饮场所燃气泄漏报警装置安装", "枫埠区燃气事务中心", FB,
            one_year(210, 180, 30),
            ["为1500家餐饮经营场所安装燃气泄漏报警装置和紧急切断阀。"])  # fmt: skip
    grid(s, ONE, [
        ("*产出", "数量", "为餐饮经营场所安装燃气泄漏报警装置", "≥1500家"),
        (None, None, "安装燃气紧急切断阀", "≥1500套"),
        (None, "★质量", "报警装置联动测试合格率", "≥98%"),
        (None, "成本", "每家场所报警装置安装补助", "≤1200元/家"),
        ("*效益", "社会效益", "餐饮场所燃气安全隐患整改率", "≥95%"),
        (None, mk("时效", "F105", "error", note="时效属于产出，却填在效益之下"),
         "安装任务完成时间", "2025年9月30日前"),
        ("*满意度", "服务对象满意度", "餐饮经营户满意度",
         mk("=95%", "T107", "warning", note="满意度写成=95%，应为≥95%")),
    ])  # fmt: skip
    return b


@variant(
    "sz11-alarm-template-empty",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template "
    "tier-2 row left empty, a value without an indicator name",
)
def sz11() -> Book:
    b, s = book()
    project(s, 2025, "独居老人家庭燃气安全装置加装", "澄岭市燃气安全监管中心", CL,
            one_year(150, 150, 0),
            ["为5000户独居老人家庭加装燃气报警器和自闭阀。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "加装燃气安全装置的独居老人家庭", "≥5000户"),
        (None, "质量指标", "装置安装验收合格率", "≥98%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值，三级指标名称空着"),
         "2025年8月31日前"),
        ("成本指标", "经济成本指标", "户均装置加装成本", "≤300元/户"),
        ("效益指标", "社会效益指标", "燃气泄漏报警响应率", "≥95%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标和指标值"),
         None, None),
        (None, "可持续影响指标", "装置远程监测在线率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益老人家庭满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sz12-lpg-header-words",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a note "
    "row between tiers, 填表说明, signature and a prior-year fill date (correct)",
)
def sz12() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "瓶装液化气全链条安全整治",
        "沅汀县燃气管理所",
        YJ,
        one_year(260, 230, 30),
        ["检查瓶装液化气供应站点26个、用户8000户，回收报废超期钢瓶3500只。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    grid(s, head, [
        ("产出指标", "数量指标", "检查瓶装液化气供应站点", "≥26个"),
        (None, None, "检查瓶装液化气用户", "≥8000户"),
        (None, None, "回收报废超期钢瓶", "≥3500只"),
        (None, "质量指标", "供应站点检查覆盖率", "100%"),
        (None, "时效指标", "发现隐患整改时限", "≤15日"),
        (None, "成本指标", "报废钢瓶回收处置单价", "≤60元/只"),
    ])  # fmt: skip
    note(s, "注：用户检查户数以液化气企业入户安检记录为准，不含管道燃气用户。", 4)
    s.table([
        ("效益指标", "社会效益指标", "较大及以上瓶装液化气安全事故", "0起"),
        (None, "可持续影响指标", "液化气钢瓶“一瓶一码”追溯率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "瓶装液化气用户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    note(s, "填表说明：1.指标值应量化并写明比较符和计量单位；2.定性指标按好、较好、一般、差填写。")
    sign(s, "韦承朗", "0739-6628417", day(2024, 12, 6))
    return b
