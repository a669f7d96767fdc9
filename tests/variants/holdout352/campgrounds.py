"""Self-drive and RV campgrounds (自驾车营地, 房车营地): ux01–ux06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout352.common import YEAR, book, indicators, one_year, sign, w
from tests.variants.holdout352.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ux01-camp-percent",
    (1,),
    "project, OLD-NAT, operator column (指标性质), unit column, typed percent cells, "
    "万元 only in the number format (correct)",
)
def ux01() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="梧坪县滨河自驾车营地建设项目", dept="梧坪县文化和旅游局（217）",
        unit="梧坪县旅游发展服务中心", money=one_year(180, 150, 30),
        goals=["建成滨河自驾车营地2处、房车营位60个，配套给排水与供电设施，年内投入运营。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建自驾车营地", "≥", 2, "处"),
        (None, None, "新建房车营位", "≥", 60, "个"),
        (None, "质量指标", "营地工程验收合格率", "=", pct(1), "%"),
        (None, None, "给排水设施达标率", "≥", pct(0.95), None),
        (None, "时效指标", "营地建成投运时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单个房车营位建设成本", "≤", 2.5, "万元/个"),
        ("效益指标", "经济效益指标", "带动周边餐饮住宿收入", "≥", 300, "万元"),
        (None, "社会效益指标", "营地接待自驾游客", "≥", 5, "万人次"),
        (None, "可持续影响指标", "营地设施设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "范秋禾", "0739-6621407", day(YEAR - 1, 11, 18))
    return b


@variant(
    "ux02-camp-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, unit column: a typed percent over 100 on a 合格率 and "
    "≥ on an accident rate",
)
def ux02() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="石门峡房车营地提质改造项目", dept="槐岭市文化广电旅游局（304）",
        unit="石门峡景区管理处", money=one_year(120, 100, 20),
        goals=["改造房车营位40个，完善营地消防与照明设施，提升营地接待能力。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造房车营位", "≥", 40, "个"),
        (None, None, "新增营地消防器材", "≥", 80, "套"),
        (None, "质量指标", "营位改造验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="≥105%: a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "单个营位改造成本", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标",
         "营地消防安全事故发生率", mk("≥", "T108", "warning", row=True,
                                      note="发生率 is 反向: ≥ rewards accidents"), pct(0.01), "%"),
        (None, "可持续影响指标", "改造设施使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "房车游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙嘉言", "0739-5508123", day(YEAR - 1, 12, 2))
    return b


def _camp_a(s: Sheet, title: str | None) -> None:
    project_head(
        s, year=YEAR, name="茶垭镇自驾车营地导览与营位改造", dept="云渡县文化和旅游局（405）",
        unit="茶垭镇人民政府", money=one_year(80, 60, 20), title=title,
        goals=["设置营地导览牌30块，改造营位40个，提升自驾游客接待条件。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "营地导览牌设置", "≥30块"),
        (None, None, "改造营位", "≥40个"),
        (None, "质量指标", "改造营位验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单个营位改造成本", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "营地年接待自驾游客", "≥2万人次"),
        (None, "可持续影响指标", "营位设施使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "ux03-stacked-camps",
    (2,),
    "two camp projects stacked in one sheet, OLD-NAT, one value column, 自驾游客满意度 with "
    "different values in the two projects, a cost standard × count equal to the money (correct)",
)
def ux03() -> Book:
    b, s = book("绩效目标表")
    _camp_a(s, None)
    s.skip()
    project_head(
        s, year=YEAR, name="云渡县房车营地污水收集设施建设", dept="云渡县文化和旅游局（405）",
        unit="云渡县房车营地管理站", money=one_year(45, 45, 0), title="",
        goals=["建设营地污水收集设施15处，营地生活污水全部收集处理。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "污水收集设施", "≥15处"),
        (None, "质量指标", "污水收集设施验收合格率", "≥95%"),
        (None, "时效指标", "设施投运时间", "2025年11月30日前"),
        (None, "成本指标", "每处污水收集设施建设成本", "≤3万元/处"),
        ("效益指标", "生态效益指标", "营地生活污水收集率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "自驾游客满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "卓一帆", "0736-4432190", day(YEAR - 1, 11, 26))
    return b


@variant(
    "ux04-stacked-wrong",
    (2, 12),
    "two camp projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
    "is not 财政拨款 + 其他资金 and a 利用率 is given as a count",
)
def ux04() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=YEAR, name="鹊山区房车营地供电增容项目", dept="鹊山区文化旅游体育局（118）",
        unit="鹊山区旅游投资服务中心", money=one_year(60, 50, 10),
        goals=["为房车营地新增供电桩30个，满足房车集中停靠用电需求。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增营地供电桩", "≥30个"),
        (None, "质量指标", "供电设施验收合格率", "=100%"),
        (None, "时效指标", "供电增容完成时间", "2025年6月30日前"),
        (None, "成本指标", "单个供电桩建设成本", "≤1.8万元/个"),
        ("效益指标", "社会效益指标", "房车营位用电保障率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "房车游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(95), "B101", "error", note="95 ≠ 财政拨款 70 + 其他资金 20")
    project_head(
        s, year=YEAR, name="鹊山区露营地公共卫生间改造", dept="鹊山区文化旅游体育局（118）",
        unit="鹊山区旅游投资服务中心", money=one_year(total, 70, 20), title="",
        goals=["改造露营地公共卫生间12座，提升营地卫生服务水平。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造公共卫生间", "≥12座"),
        (None, "质量指标", "房车营位利用率",
         mk("300个", "T105", "error", note="a 利用率 needs a percentage, not a count")),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单座卫生间改造成本", "≤6万元/座"),
        ("效益指标", "社会效益指标", "营地卫生投诉下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "房车游客满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "谭若溪", "0731-8826041", day(YEAR - 1, 12, 9))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "ux05-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), bare "
    "numbers with a unit column, a 下降率 with ≥, weights add to 100 (correct)",
)
def ux05() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="槐岭市文化广电旅游局", budget=[(w(640), w(600), w(40), w(210), w(430))],
        goal="推进自驾车、房车营地建设，完善旅游公路标识，提升自驾游安全与服务水平。",
        tasks=[
            ("自驾车营地建设补助", "补助新增营地3处、营位120个", w(250), "年内建成投运"),
            ("旅游公路标识完善", "更新旅游公路标识牌200块", w(120), "标识准确规范"),
            ("房车旅游推介", "举办房车旅游推介活动", w(60), "提升品牌知名度"),
            ("金额合计", None, w(430), None),
        ],
    )  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, FLAT, [
        ("新增自驾车营地", 15, "处", "≥", 3),
        ("新增房车营位", 15, "个", "≥", 120),
        ("营地安全检查覆盖率", 10, "%", "=", 100),
        ("旅游公路标识牌更新", 10, "块", "≥", 200),
        ("营地建设补助发放及时率", 10, "%", "≥", 95),
        ("单个营位补助标准", 10, "万元/个", "≤", 2),
        ("自驾游安全事故下降率", 10, "%", "≥", 10),
        ("自驾游客接待量增长率", 10, "%", "≥", 8),
        ("自驾游客满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "戚晓岚", "0745-3319260", day(YEAR - 1, 11, 20))
    return b


@variant(
    "ux06-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a unit conflict, ≥ on a 反向 投诉率, weights adding to 95",
)
def ux06() -> Book:
    b, s = book()
    department_head(
        s, year=YEAR, dept="石湾旗房车营地管理中心",
        budget=[(w(380), w(350), w(30), w(150), w(230))],
        goal="做好旗内房车营地安全巡查、消防配置与服务管理，提升营地服务质量。",
    )  # fmt: skip
    s.row("年度绩效指标")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("房车营地安全巡查", "≥24次", "正向", "次", 15),
        ("营地消防设施配置",
         mk("≥40套", "T112", "error", note="value in 套, unit column 公里"), "正向", "公里", 15),
        ("营地投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率 is 反向"), "反向", "%", 10),
        ("营地水质检测合格率", "≥95%", "正向", "%", 15),
        ("游客投诉处理时限", "≤3个工作日", "反向", "工作日", 10),
        ("营地周边农家乐增收幅度", "≥5%", "正向", "%", 10),
        ("营地管理制度", "健全", "定性", None, 10),
        ("自驾游客满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    sign(s, "白砚秋", "0477-6652038", day(YEAR - 1, 11, 29))
    return b
