"""Multi-year project tables with 中期 and 年度 value columns, pasted text and full-width digits."""

from __future__ import annotations

from tests.variants.holdout162.common import fw, multi_money, project, wan
from tests.variants.holdout162.registry import variant
from tests.variants.kit import Book, mk

HEAD2 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "np09-multi-year-fullwidth",
    (1, 8),
    "three-year project, NAT-2021, 中期 and 年度 columns, "
    "full-width digits and separators, line breaks in the goals",
)
def np09() -> Book:
    b = Book()
    project(
        b,
        "Sheet1",
        name="青岚市高标准农田建设项目",
        dept="青岚市农业农村局",
        unit="青岚市农田建设服务中心",
        years=3,
        attr="新增项目",
        money_rows=multi_money((wan(4500), wan(3600), wan(900)), (wan(1500), wan(1200), wan(300))),
        goals=[
            "2026—2028年建成高标准农田３００００亩，\n亩均粮食产能提高５０公斤。",
            "2026年建成高标准农田１００００亩，\n新增高效节水灌溉面积３０００亩。",
        ],
        header=HEAD2,
        rows=[
            ["成本指标", "经济成本指标", "亩均建设成本", fw("≤1,500元/亩"), fw("≤1,500元/亩")],
            ["产出指标", "数量指标", "建成高标准农田面积", fw("≥30,000亩"), fw("≥10,000亩")],
            [None, None, "新增高效节水灌溉面积", fw("≥9,000亩"), fw("≥3,000亩")],
            [None, "质量指标", "工程竣工验收合格率", fw("≥98%"), fw("≥98%")],
            [None, "时效指标", "年度建设任务完成时间", "2028年12月底前", "2026.12.31前"],
            ["效益指标", "经济效益指标", "亩均粮食产能增加", fw("≥50公斤"), fw("≥50公斤")],
            [None, "生态效益指标", "化肥使用量增长率", fw("≤0%"), fw("≤0%")],
            [None, "可持续影响指标", "工程设施管护机制", "建立并执行", "建立并执行"],
            ["满意度指标", "服务对象满意度指标", "项目区农户满意度", fw("≥90%"), fw("≥90%")],
        ],
    )
    return b


@variant(
    "np18-multi-year-defects",
    (8, 12),
    "two-year project, OLD-NAT, 中期 and 年度 columns: an "
    "annual count above its 中期 count, a 年度资金总额 above the 中期资金总额",
)
def np18() -> Book:
    b = Book()
    money_rows = multi_money((wan(300), wan(250), wan(50)), (wan(320), wan(270), wan(50)))
    money_rows[0][2] = mk("年度资金总额", "B103", "error", row=True, note="320 > 300")
    project(
        b,
        "Sheet1",
        name="临溪县智慧图书馆建设项目",
        dept="临溪县文化广电旅游体育局",
        unit="临溪县图书馆",
        years=2,
        attr="新增项目",
        money_rows=money_rows,
        goals=[
            "2026—2027年建成县级智慧图书馆平台，建设乡镇智慧书屋２０个，数字资源访问"
            "量达到５０万人次。",
            "2026年完成平台搭建和首批乡镇智慧书屋建设。",
        ],
        header=HEAD2,
        rows=[
            [
                "产出指标",
                "数量指标",
                "建设乡镇智慧书屋",
                fw("≥20个"),
                mk(fw("≥28个"), "D201", "error", note="28 in one year > 20 over the period"),
            ],
            [None, None, "数字资源访问量", fw("≥500,000人次"), fw("≥200,000人次")],
            [None, "质量指标", "平台系统验收合格率", fw("≥98%"), fw("≥98%")],
            [None, "时效指标", "平台上线运行时间", "2027.06.30前", "2026.12.31前"],
            [None, "成本指标", "单个智慧书屋建设成本", fw("≤8万元/个"), fw("≤8万元/个")],
            ["效益指标", "社会效益指标", "乡镇群众阅读便利度", "明显提升", "有所提升"],
            [None, "可持续影响指标", "平台运维保障机制", "建立并执行", "建立并执行"],
            ["满意度指标", "服务对象满意度指标", "读者满意度", fw("≥90%"), fw("≥90%")],
        ],
    )
    return b
