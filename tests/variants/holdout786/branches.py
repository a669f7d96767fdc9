"""County library branch network (总分馆): branch building, the library's department return,
stacked branch projects (kdp01–kdp06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout786.common import (
    DEPT,
    H4,
    LIB,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout786.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kdp01-branch-build", (1, 5),
         "project, OLD-NAT, numbered tier labels (一、/（一）), typed percent cells, goal total "
         "with its parts in brackets (correct)")  # fmt: skip
def branch_build() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚湖县乡镇分馆建设提升项目", dept=DEPT, unit=LIB,
                 money=one_year(wan(180), wan(160), wan(20)),
                 goals=["建成乡镇分馆12个（其中新建4个、提升改造8个），全县实现图书通借通还，"
                        "分馆年接待读者15万人次以上。"])  # fmt: skip
    indicators(s, H4, [
        ("一、产出指标", "（一）数量指标", "新建乡镇分馆", "≥4个"),
        (None, None, "提升改造乡镇分馆", "≥8个"),
        (None, None, "分馆新增配送图书", "≥24000册"),
        (None, "（二）质量指标", "分馆标识和业务规范达标率", pct(0.95)),
        (None, None, "通借通还系统联通率", "=100%"),
        (None, "（三）时效指标", "分馆建设完成时间", "2025年11月30日前"),
        (None, "（四）成本指标", "新建分馆建设补助标准", "≤20万元/个"),
        (None, None, "分馆提升改造补助标准", "≤12万元/个"),
        ("二、效益指标", "（一）社会效益指标", "乡镇分馆年接待读者人次", "≥15万人次"),
        (None, "（二）可持续影响指标", "总分馆统一采编配送机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "分馆读者满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, "韦嘉林", "0736-5821046", (2024, 11, 18))
    return b


@variant("kdp02-branch-goal-count", (5, 12),
         "project, NAT-2021, tier labels with points, header 绩效目标值: goal count against the "
         "indicator, unit cost × count above the money, a deadline in the next year")  # fmt: skip
def branch_goal_count() -> Book:
    b, s = start()
    project_head(s, year=2025, name="砚湖县新建乡镇分馆项目", dept=DEPT, unit=LIB,
                 money=one_year(wan(160), wan(140), wan(20)),
                 goals=["年内新建鹤塘、柳渡、石门坎等乡镇分馆6个，每馆配置图书3000册，"
                        "全部纳入总分馆统一管理。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标（50分）", "数量指标", "新建乡镇分馆数量",
         mk("≥5个", "D104", "warning", row=True, note="年度目标写新建分馆6个")),
        (None, None, "每个分馆配置图书", "≥3000册"),
        (None, "质量指标", "分馆建设验收合格率", "=100%"),
        (None, "时效指标", "分馆建成开放时间",
         mk("2026年6月30日前", "Y102", "error", note="一年期项目（2025年），期限落在次年")),
        ("成本指标（10分）", "经济成本指标", "单个分馆建设补助标准",
         mk("≤40万元/个", "B107", "warning", row=True,
            note="40万元 × 5个 = 200万元（按目标6个为240万元），超过年度资金160万元")),
        ("效益指标（30分）", "社会效益指标", "新建分馆年服务读者人次", "≥6万人次"),
        (None, "可持续影响指标", "分馆纳入总分馆统一管理", "长期"),
        ("满意度指标（10分）", "服务对象满意度指标", "乡镇读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdp03-library-department", (4, 12),
         "department, NAT-2021, weight column, 注 row inside the table and a footnote on a "
         "total with its part, 下降率 with ≥, signature line (correct)")  # fmt: skip
def library_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=LIB,
                    budget=[(wan(620), wan(560), wan(60), wan(410), wan(210))],
                    tasks=[("总分馆体系运行", "中心馆与14个乡镇分馆统一采编、配送、通借通还",
                            wan(120), "流通人次35万人次"),
                           ("流动图书车服务", "3辆图书车巡回下乡", wan(50), "下乡服务360场次"),
                           ("村级数字阅读终端运维", "86台终端巡检、资源更新", wan(40),
                            "终端在线率90%以上"),
                           ("金额合计", None, wan(210), None)],
                    goal="全年总分馆流通人次35万人次（其中乡镇分馆15万人次），流动图书车下乡"
                         "服务360场次，村级数字阅读终端保持稳定运行。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重"), [
        ("产出指标", "数量指标", "总分馆流通人次", "≥35万人次", 15),
        (None, None, "其中：乡镇分馆流通人次", "≥15万人次", 10),
        (None, None, "流动图书车下乡服务场次", "≥360场次", 10),
        (None, "质量指标", "数字阅读终端在线率", "≥90%", 10),
        (None, "时效指标", "图书通借通还配送时限", "≤5个工作日", 10),
        ("注：流通人次含中心馆及14个乡镇分馆，不含流动图书车。", None, None, None, None),
        ("成本指标", "经济成本指标", "总分馆体系运行经费", "≤120万元", 10),
        ("效益指标", "社会效益指标", "读者投诉量下降率", "≥10%", 15),
        (None, "可持续影响指标", "总分馆服务标准化", "持续提升", 10),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：读者投诉量下降率 =（上年投诉量 − 本年投诉量）÷ 上年投诉量。")
    sign(s, "聂慧琴", "0736-5820317", (2024, 11, 20))
    return b


@variant("kdp04-library-department-sums", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the same indicator twice with a word more")  # fmt: skip
def library_department_sums() -> Book:
    b, s = start("部门整体")
    total = mk(wan(860), "B101", "error", row=True, note="基本支出520 + 项目支出330 = 850 ≠ 860")
    department_head(s, year=2025, dept="松陂县图书馆",
                    budget=[(total, wan(760), wan(100), wan(520), wan(330))],
                    tasks=[("总分馆通借通还", "县馆与11个分馆图书统一配送", wan(60), "通借通还"),
                           ("分馆阅读推广", "分馆全年阅读推广活动", wan(150), "活动220场"),
                           ("古籍数字化", "馆藏地方文献扫描", wan(90), "扫描4万页"),
                           ("金额合计", None,
                            mk(wan(330), "B102", "error", alt=("B101",),
                               note="60 + 150 + 90 = 300 ≠ 330"), None)],
                    goal="完成总分馆图书通借通还6万册次，分馆阅读推广活动220场，"
                         "地方文献扫描4万页。")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "总分馆通借通还册次", "≥6万册次"),
        (None, None, "分馆阅读推广活动场次", "≥220场"),
        (None, None, "地方文献扫描页数", "≥4万页"),
        (None, None, mk("总分馆通借通还图书册次", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与第一行同一指标，只多“图书”二字"),
         "≥6万册次"),
        (None, "质量指标", "扫描图像合格率", "≥98%"),
        (None, "时效指标", "通借通还配送时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单页扫描成本", "≤2.2元/页"),
        ("效益指标", "社会效益指标", "分馆年接待读者人次", "≥12万人次"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdp05-branch-last-year", (6,),
         "project, OLD-NAT: plan dates left in 2024 under a 2025 title, the template's example "
         "row left in the table")  # fmt: skip
def branch_last_year() -> Book:
    b, s = start()
    project_head(s, year=2025, name="松陂县乡镇分馆阅读推广项目", dept="松陂县文化和旅游局",
                 unit="松陂县图书馆", money=one_year(wan(48), wan(48), wan(0)),
                 start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题2025年度，计划起止仍是2024年"),
                 end=day(2024, 12, 31),
                 goals=["2025年在11个乡镇分馆开展阅读推广活动不少于132场，"
                        "服务读者2万人次。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "分馆阅读推广活动场次", "≥132场"),
        (None, None, "示例：XX乡镇分馆读书会",
         mk("≥XX场次", "X101", "error", row=True, note="模板示例行未删")),
        (None, "质量指标", "活动记录归档率", "≥95%"),
        (None, "时效指标", "活动方案报送时限", "≤10个工作日"),
        (None, "成本指标", "单场活动经费", "≤3600元/场"),
        ("效益指标", "社会效益指标", "参加活动读者人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "参加活动读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdp06-branch-stacked", (2, 7),
         "two branch projects stacked in one sheet, OLD-NAT, headers 指标内容 / 绩效标准, the "
         "same satisfaction indicator with different values in each (correct)")  # fmt: skip
def branch_stacked() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    project_head(s, year=2025, name="总分馆数字资源采购", dept=DEPT, unit=LIB,
                 money=one_year(wan(60), wan(60), wan(0)),
                 goals=["采购电子图书、有声读物等数字资源20TB，"
                        "供中心馆和14个分馆共享。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "采购数字资源容量", "≥20TB"),
        (None, "质量指标", "资源可用率", "≥99%"),
        (None, "时效指标", "资源上线时间", "2025年6月30日前"),
        (None, "成本指标", "数字资源采购总费用", "≤60万元"),
        ("效益指标", "社会效益指标", "数字资源年访问量", "≥30万次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="乡镇分馆管理员业务培训", dept=DEPT, unit=LIB, title="",
                 money=one_year(wan(12), wan(12), wan(0)),
                 goals=["培训乡镇分馆及村服务点管理员120人，每人培训不少于24学时。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "培训管理员人数", "≥120人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训费用", "≤800元/人"),
        ("效益指标", "社会效益指标", "分馆规范化服务水平", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ])  # fmt: skip
    return b
