"""Returns converted from PDF or Word that are correct in content: tier labels and values with
line breaks, full-width digits, a header split over two rows, page numbers between rows, two
values in one cell, amounts as text with thousands separators."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout54.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, money, ok, pct


def sign(s: Sheet, who: str, phone: str, filled: tuple[int, int, int]) -> None:
    """Footer lines as offices leave them under the table."""
    s.skip()
    s.row(f"填报人：{who}", None, f"联系电话：{phone}", "填报日期：", day(*filled, fmt=CN_DATE))
    s.row("单位负责人：", None, "财务负责人：", "（单位盖章）")


@variant(
    "jl01-pdf-linebreak-labels",
    (5, 9, 10),
    "project, NAT-2021, converted from PDF: tier-1 labels with points on a second line "
    "(产出指标\\n（40分）), values broken before the unit (≥95\\n%), an indicator points column",
)
def jl01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 10, 18))
    project_head(
        s,
        year=2027,
        name="临川县乡村医生岗位能力提升培训项目",
        dept="临川县卫生健康局（412001）",
        unit="临川县基层卫生培训中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(86, WAN), "其中：财政拨款", money(80, WAN)),
            ("其他资金", money(6, WAN), None, None),
        ],
        goals=[
            "完成全县乡村医生岗位能力培训600人次，开展实操带教24场，培训考核合格率不低于"
            "95%，参训乡村医生和村民对服务的满意度均达到90%以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("产出指标\n（40分）", "数量指标", "培训乡村医生人次", "≥600\n人次", 15),
            (None, None, "开展实操带教场次", "≥24\n场", 10),
            (None, "质量指标", "培训考核合格率", "≥95\n%", 10),
            (None, "时效指标", "培训任务完成时间", "2027年11月30日\n前", 5),
            ("成本指标\n（20分）", "经济成本指标", "人均培训成本", "≤1300\n元/人次", 10),
            (None, None, "实操带教场次补助标准", "≤2000\n元/场", 10),
            (
                "效益指标\n（30分）",
                "社会效益指标",
                "村卫生室常见病规范诊疗率",
                "较上年提高≥3\n百分点",
                15,
            ),
            (None, "可持续影响指标", "乡村医生持证上岗率", "≥98\n%", 15),
            ("满意度指标\n（10分）", "服务对象满意度\n指标", "参训乡村医生满意度", "≥90\n%", 5),
            (None, None, "村民对村卫生室服务满意度", "≥90\n%", 5),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "合计", None, 100)
    sign(s, "周晓岚", "0797-6213045", (2026, 10, 28))
    return b


@variant(
    "jl02-fullwidth-department",
    (1, 9, 12),
    "department, NAT-2021, pasted from a web system: full-width digits and ％ in every value "
    "(≥９８％, ≤３个工作日, ≥１２万卷), tiers repeated in every row, tasks adding to 金额合计",
)
def jl02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 18, 18, 18))
    department_head(
        s,
        year=2027,
        dept="青岚市档案馆",
        budget=[
            (
                money(1268.4, WAN),
                money(1208.4, WAN),
                money(60, WAN),
                money(968.4, WAN),
                money(300, WAN),
            ),
        ],
        tasks=[
            (
                "档案数字化",
                "馆藏档案数字化扫描及著录",
                money(180, WAN),
                "完成馆藏档案数字化１２万卷",
            ),
            ("档案安全保管", "库房温湿度控制及消防设施维护", money(70, WAN), "库房温湿度持续达标"),
            (
                "档案利用服务",
                "查档接待及档案专题展览",
                money(50, WAN),
                "查档接待１５０００人次以上",
            ),
            ("金额合计", None, money(300, WAN), None),
        ],
        goal="推进馆藏档案数字化，保障档案实体安全，提升档案查阅利用服务水平。",
    )
    s.row("年度绩效指标")
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "馆藏档案数字化卷数", "≥１２万卷"),
            ("产出指标", "数量指标", "查档接待服务人次", "≥１５０００人次"),
            ("产出指标", "质量指标", "数字化图像质量抽检合格率", "≥９８％"),
            ("产出指标", "质量指标", "库房温湿度达标率", "≥９５％"),
            ("产出指标", "时效指标", "查档申请办结时限", "≤３个工作日"),
            ("成本指标", "经济成本指标", "档案数字化单卷成本", "≤１５元/卷"),
            ("效益指标", "社会效益指标", "查档利用需求满足率", "≥９５％"),
            ("效益指标", "可持续影响指标", "数字化档案异地备份率", "＝１００％"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥９０％"),
        ]
    )
    sign(s, "韩雨桐", "0791-8826150", (2026, 11, 20))
    return b


@variant(
    "jl03-split-header-page-break",
    (4, 7, 9),
    "project, OLD-NAT, converted from PDF: the header split over two rows (一级 / 指标), "
    "比较符 and 计量单位 columns, percent cells, a page number and a running head mid-table",
)
def jl03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="白沙河区老年助餐服务补贴项目",
        dept="白沙河区民政局（305）",
        unit="白沙河区养老服务指导中心",
        money=[
            ("资金总额", money(246.5, WAN), "其中：财政拨款", money(216.5, WAN)),
            ("其他资金", money(30, WAN), None, None),
        ],
        goals=[
            "新建社区老年助餐点12个，全年提供助餐服务不少于150000人次，高龄老人助餐覆盖率"
            "达到60%，就餐老年人满意度不低于90%。"
        ],
    )
    s.row("一级", "二级", "三级", "比较符", "指标值", "计量")
    s.row("指标", "指标", "指标", None, None, "单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建老年助餐点数量", "≥", 12, "个"),
            (None, None, "全年助餐服务人次", "≥", 150000, "人次"),
            (None, "质量指标", "助餐点食品安全抽检合格率", "=", pct(1), "%"),
            (None, None, "助餐点规范运营达标率", "≥", pct(0.95), "%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 1 页，共 2 页")
    s.row("白沙河区民政局项目支出绩效目标申报表（续）")
    s.table(
        [
            ("产出指标", "时效指标", "助餐补贴资金按季拨付及时率", "≥", pct(0.95), "%"),
            (None, "成本指标", "每餐助餐补贴标准", "≤", 5, "元/餐"),
            (None, None, "单个助餐点建设补助标准", "≤", 10, "万元/个"),
            ("效益指标", "社会效益指标", "辖区高龄老人助餐覆盖率", "≥", pct(0.6), "%"),
            (None, "可持续影响指标", "助餐点持续运营年限", "≥", 3, "年"),
            ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "第 2 页，共 2 页")
    return b


@variant(
    "jl04-two-values-slash",
    (8, 9),
    "three-year project, NAT-2021, one value column headed 指标值（中期/年度）: each cell holds "
    "both values (≥120个/≥40个), counts below their period value, rates equal",
)
def jl04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 30, 16, 16))
    project_head(
        s,
        year=2027,
        years=3,
        name="青岚市农村生活污水治理项目",
        dept="青岚市生态环境局（208）",
        unit="青岚市农村环境综合整治中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(900, WAN), "年度资金总额", money(300, WAN)),
            ("其中：财政拨款", money(840, WAN), "其中：财政拨款", money(280, WAN)),
            ("其他资金", money(60, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[
            "用三年时间完成120个行政村生活污水治理，新建污水处理设施60座，农村生活污水"
            "治理率达到65%，设施出水水质达标率不低于90%。",
            "完成40个行政村生活污水治理，新建污水处理设施20座，农村生活污水治理率达到"
            "45%，设施出水水质达标率不低于90%。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值（中期/年度）")
    s.table(
        [
            ("产出指标", "数量指标", "完成治理的行政村数量", "≥120个/≥40个"),
            (None, None, "新建污水处理设施数量", "≥60座/≥20座"),
            (None, "质量指标", "设施出水水质达标率", "≥90%/≥90%"),
            (None, "时效指标", "治理任务完成时间", "2029年12月31日前/2027年12月31日前"),
            ("成本指标", "经济成本指标", "污水处理设施单座建设造价", "≤12万元/≤12万元"),
            ("效益指标", "生态效益指标", "农村生活污水治理率", "≥65%/≥45%"),
            (None, "社会效益指标", "受益农户数", "≥18000户/≥6000户"),
            (None, "可持续影响指标", "设施正常运行率", "≥90%/≥90%"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%/≥90%"),
        ],
        merged=(1, 2),
    )
    sign(s, "罗景明", "0795-3310287", (2026, 11, 5))
    return b


@variant(
    "jl05-two-values-two-lines",
    (8, 9),
    "two-year project, NAT-2021, from Word: one value column whose cells hold the 中期 value and "
    "the 年度 value on two lines, tiers repeated in every row",
)
def jl05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 22, 16, 16))
    project_head(
        s,
        year=2027,
        years=2,
        name="临溪县农村劳动力转移就业技能培训项目",
        dept="临溪县人力资源和社会保障局（116）",
        unit="临溪县职业技能培训指导中心",
        money=[
            ("中期资金总额", money(320, WAN), "年度资金总额", money(160, WAN)),
            ("其中：财政拨款", money(300, WAN), "其中：财政拨款", money(150, WAN)),
            ("其他资金", money(20, WAN), "其他资金", money(10, WAN)),
        ],
        goals=[
            "两年内开展农村劳动力技能培训1600人次，开设培训工种8个，培训后转移就业率不低于"
            "60%，1000人取得职业技能等级证书。",
            "开展农村劳动力技能培训800人次，开设培训工种6个，培训后转移就业率不低于60%，"
            "500人取得职业技能等级证书。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值\n（中期/年度）")
    s.table(
        [
            ("产出指标", "数量指标", "技能培训人次", "≥1600人次\n≥800人次"),
            ("产出指标", "数量指标", "开设培训工种数", "≥8个\n≥6个"),
            ("产出指标", "质量指标", "培训结业考核合格率", "≥90%\n≥90%"),
            ("产出指标", "时效指标", "培训补贴审核拨付时限", "≤30个工作日\n≤30个工作日"),
            ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1800元/人次\n≤1800元/人次"),
            ("效益指标", "社会效益指标", "培训后转移就业率", "≥60%\n≥60%"),
            ("效益指标", "可持续影响指标", "取得职业技能等级证书人数", "≥1000人\n≥500人"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%\n≥90%"),
        ]
    )
    sign(s, "邓佳", "0793-5520614", (2026, 11, 12))
    return b


@variant(
    "jl06-thousands-as-text",
    (9, 12),
    "project, OLD-NAT, money in 元 as text with thousands separators (1,250,000.00), a 资金测算 "
    "block headed 金额（元）, values with the operator inline and a 计量单位 column",
)
def jl06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 16, 16, 16))
    note = "converted from PDF: an amount as text with separators, read as it shows"
    project_head(
        s,
        year=2027,
        name="丰源县公共图书馆总分馆服务提升项目",
        dept="丰源县文化和旅游局（127）",
        unit="丰源县图书馆",
        money_label="项目资金（元）",
        money=[
            (
                "资金总额",
                ok("1,250,000.00", note=note),
                "其中：财政拨款",
                ok("1,100,000.00", note=note),
            ),
            ("其他资金", ok("150,000.00", note=note), None, None),
        ],
        goals=[
            "新增纸质图书12000册，更新15个分馆借阅设备，开展阅读推广活动40场，总分馆通借"
            "通还覆盖率达到90%以上，读者满意度不低于90%。"
        ],
    )
    s.row("资金测算明细", "支出内容", None, "金额（元）", "测算依据", None, merge=[(2, 3), (5, 6)])
    top = s.r
    for what, amount, basis in (
        ("纸质图书采购", "600,000.00", "12000册×50元/册"),
        ("分馆借阅设备更新", "420,000.00", "15个分馆×2.8万元/个"),
        ("阅读推广活动", "230,000.00", "40场×5750元/场"),
        ("合计", "1,250,000.00", None),
    ):
        s.row(None, what, None, ok(amount, note=note), basis, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新增纸质图书采购册数", "≥12000", "册"),
            (None, None, "分馆借阅设备更新数量", "≥15", "个"),
            (None, None, "阅读推广活动场次", "≥40", "场"),
            (None, "质量指标", "图书编目数据差错率", "≤1", "%"),
            (None, "时效指标", "新购图书到馆上架时限", "≤30", "个工作日"),
            (None, "成本指标", "图书采购平均单价", "≤50", "元/册"),
            ("效益指标", "社会效益指标", "总分馆年图书外借册次", "≥150000", "册次"),
            (None, "可持续影响指标", "总分馆通借通还覆盖率", "≥90", "%"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "许文静", "0794-7715320", (2026, 11, 2))
    return b
