"""Returns md11–md14: department tables, flat lists and weights."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout124.common import footer, indicators, w
from tests.variants.holdout124.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "md11-weights-ok",
    (10,),
    "one-year project, NAT-2021, "
    "two-line header with 比较符, 计量单位 and 权重 columns adding to 100",
)
def md11() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 10, 14, 12, 10))
    project_head(
        s, year=2026, name="中小学心理健康教育能力提升", dept="白沙河区教育局（205）",
        unit="白沙河区教师发展中心", attr="延续项目",
        money=[("年度资金总额", w(168), "其中：财政拨款", w(168)), ("其他资金", w(0), None, None)],
        goals=["2026年培训心理健康教育教师600人次，建成标准化心理辅导室25间，学生心理测评全覆盖。"],
    )  # fmt: skip
    s.skip()
    indicators(
        s, ("绩效指标", None, None, "年度指标值", None, None, "权重"),
        second=("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "（分）"),
        rows=[
            ("产出指标", "数量指标", "心理健康教育教师培训", "≥", 600, "人次", 10),
            (None, None, "建成标准化心理辅导室", "≥", 25, "间", 10),
            (None, None, "开展学生心理测评", "≥", 3.6, "万人", 10),
            (None, "质量指标", "心理辅导室建设达标率", "=", pct(1), "%", 10),
            (None, None, "培训考核合格率", "≥", pct(0.95), "%", 5),
            (None, "时效指标", "心理测评完成时间", "≤", "2026年11月30日", None, 5),
            ("成本指标", "经济成本指标", "单间心理辅导室建设成本", "≤", 4.5, "万元/间", 10),
            ("效益指标", "社会效益指标", "心理危机学生早期识别率", "≥", pct(0.9), "%", 10),
            (None, None, "心理健康教育课程开课率", "=", pct(1), "%", 10),
            (None, "可持续影响指标", "学校心理危机干预工作机制", "定性", "健全", None, 10),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%", 10),
        ],
    )  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    footer(s, "蒋文博", "0597-5531 0627", day(2025, 11, 24, CN_DATE))
    return b


DEPT5 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")


@variant(
    "md12-department-weights-wrong",
    (3, 10, 12),
    "department table, NAT-2021, "
    "tasks that add up, a weight column adding to 105, one indicator twice with another value",
)
def md12() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 12, 14))
    department_head(
        s, year=2026, dept="临溪县林业局",
        budget=[(w(1860), w(1720), w(140), w(1080), w(780))],
        tasks=[("森林防火", "防火通道维护、瞭望监控运行、专业扑火队伍", w(310),
                "全年森林火灾受害率≤0.5‰"),
               ("林业有害生物防治", "松材线虫病普查、疫木清理", w(260), "成灾率控制在2‰以下"),
               ("国土绿化", "新造林、森林抚育", w(210), "完成新造林1.2万亩"),
               ("金额合计", None, w(780), None)],
        goal="全年森林火灾受害率控制在0.5‰以内，完成新造林1.2万亩、森林抚育3万亩，林业有害生物成灾率低于2‰。",
    )  # fmt: skip
    s.skip()
    indicators(s, DEPT5, [
        ("产出指标", "数量指标", "完成新造林面积", "≥1.2万亩", 10),
        (None, None, "完成森林抚育面积", "≥3万亩", 10),
        (None, None, "维护森林防火通道", "≥160公里", 10),
        (None, None, "松材线虫病疫木清理", "≥8000株", 10),
        (None, "质量指标", "新造林成活率", "≥90%", 10),
        (None, None, "完成森林抚育面积",
         mk("≥2.5万亩", "D102", "error", row=True, note="同一指标两行，3万亩 / 2.5万亩"), 5),
        (None, "时效指标", "森林火情处置到场时限", "≤2小时", 5),
        ("成本指标", "经济成本指标", "每亩新造林补助", "≤150元/亩", 10),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰", 10),
        (None, None, "林业有害生物成灾率", "≤2‰", 5),
        (None, "可持续影响指标", "森林覆盖率", "≥68%", 5),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 105，应为 100")
    footer(s, "彭晓东", "0596-3327 4410", day(2025, 11, 10, CN_DATE))
    return b


@variant(
    "md13-flat-ok",
    (3,),
    "department, flat list (指标名称 · 比较符 · 指标值 · 计量单位 · 权重), "
    "percent cells, weights add to 100",
)
def md13() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (30, 10, 14, 12, 10, 14))
    department_head(
        s, year=2026, dept="青岚市图书馆",
        budget=[(w(1320), w(1210), w(110), w(890), w(430))],
        tasks=[("数字图书馆建设", "数字资源采购、平台运维", w(180), "数字资源总量达到60TB"),
               ("全民阅读推广", "阅读推广活动、流动图书服务", w(150), "举办阅读活动400场"),
               ("文献购置", "纸质图书、期刊采购", w(100), "新增馆藏2万册"),
               ("金额合计", None, w(430), None)],
        goal="全年接待读者150万人次，新增馆藏2万册，举办阅读推广活动400场，数字资源总量达到60TB。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "比较符", "指标值", "计量单位", "权重")
    s.row("接待读者", "≥", 150, "万人次", 15)
    s.row("新增纸质馆藏", "≥", 2, "万册", 10)
    s.row("举办阅读推广活动", "≥", 400, "场", 10)
    s.row("数字资源总量", "≥", 60, "TB", 10)
    s.row("流动图书服务点", "≥", 45, "个", 10)
    s.row("文献编目差错率", "≤", pct(0.01), "%", 5)
    s.row("新书上架周期", "≤", 15, "个工作日", 5)
    s.row("图书外借量", "≥", 90, "万册次", 10)
    s.row("馆藏纸质图书单册采购均价", "≤", 45, "元/册", 5)
    s.row("读者满意度", "≥", pct(0.92), "%", 20)
    s.row("合计", None, None, None, 100)
    footer(s, "邵雅琴", "0571-8843 1129", day(2025, 11, 17, CN_DATE))
    return b


@variant(
    "md14-plan-end-outside",
    (8,),
    "three-year project, NAT-2021, "
    "实施期 and 年度 columns, a planned completion date after the "
    "stated period, an annual count above the period count",
)
def md14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="河湖缓冲带生态修复", dept="松阳区生态环境分局（171）",
        unit="松阳区河湖管护中心", attr="新增项目",
        end=mk(day(2029, 6, 30), "Y102", "error", alt=("Y101",),
               note="项目期 3 年（2026—2028），计划完成日期 2029-06-30 在其后"),
        money=[("中期资金总额", w(2100), "年度资金总额", w(700)),
               ("其中：财政拨款", w(1950), "其中：财政拨款", w(650)),
               ("其他资金", w(150), "其他资金", w(50))],
        goals=["三年修复河湖缓冲带36公里，种植乡土植被90万平方米，重点断面水质稳定达到Ⅲ类。",
               "2026年修复河湖缓冲带12公里，种植乡土植被30万平方米。"],
    )  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "修复河湖缓冲带长度", "≥36公里", "≥12公里"),
        (None, None, "种植乡土植被面积", "≥90万平方米", "≥30万平方米"),
        (None, None, "建设生态拦截沟渠", "≥24处",
         mk("≥28处", "D201", "error", note="年度 28 处大于三年 24 处")),
        (None, "质量指标", "植被成活率", "≥90%", "≥90%"),
        (None, None, "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修复任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里缓冲带修复成本", "≤55万元", "≤55万元"),
        (None, "生态环境成本指标", "施工期水土流失面积", "≤2000平方米", "≤800平方米"),
        ("效益指标", "生态效益指标", "重点断面水质达到Ⅲ类比例", "100%", "≥90%"),
        (None, "可持续影响指标", "缓冲带长效管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "唐新民", "0578-2249 5306", day(2025, 11, 6, CN_DATE))
    return b
