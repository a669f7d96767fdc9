"""Returns with structure and copy mistakes amid unusual but correct values: a duplicated
indicator and a tier-2 under the wrong tier-1; template rows left, a value without a name and no
满意度指标; a multi-year project whose annual counts copy the 中期 column, with PDF artefacts in
its money."""

from __future__ import annotations

from tests.variants.holdout49.common import comment, line, project_block, signature
from tests.variants.holdout49.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok


@variant("jg16-duplicate-wrong-parent", (5,),
         "project, NAT-2021, value · 计量单位 · 备注 columns: 新建社区健身点 listed twice, a "
         "质量指标 block under 效益指标; 5G in a name, ≥4.5分 and 全年无休 right")  # fmt: skip
def duplicate_wrong_parent() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 12, 16))
    project_block(
        s, year=2027, name="栖云市全民健身设施补短板工程", dept="栖云市体育局",
        unit="栖云市全民健身服务中心", attr="新增项目",
        money=[("中期资金总额", money(420, WAN), "年度资金总额", money(420, WAN)),
               ("其中：财政拨款", money(400, WAN), "其中：财政拨款", money(400, WAN)),
               ("其他资金", money(20, WAN), "其他资金", money(20, WAN))],
        goals=["新建社区健身点30个、5G智慧健身步道8公里，健身设施全年免费开放，经常参加"
               "体育锻炼人数比例达到42%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("成本指标", "经济成本指标", "单个社区健身点建设成本", "≤12", "万元/个", None),
        ("产出指标", "数量指标", "新建社区健身点", "≥30", "个", None),
        (None, None, "新建5G智慧健身步道", "≥8", "公里", None),
        (None, None, mk("新建社区健身点", "D101", "warning", row=True, alt=("D102", "D103"),
                        note="与上两行重复"), "≥30", "个", None),
        (None, "时效指标", "健身点建成时间", "2027年10月31日前", None, None),
        ("效益指标", "社会效益指标", "智慧健身平台用户评分", "≥4.5", "分", "满分5分"),
        (None, None, "经常参加体育锻炼人数比例", "≥42", "%", None),
        (None, mk("质量指标", "F105", "error", note="质量指标属于产出指标"),
         "健身器材验收合格率", "=100", "%", None),
        (None, "可持续影响指标", "健身设施免费开放", "全年无休", None, None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, day(2026, 11, 27, CN_DATE), who="邹明月", checker="潘启航")
    return b


@variant("jg17-template-rows-no-satisfaction", (6, 13),
         "project, OLD-NAT: no 满意度指标 at all, a 生态效益指标 template row left empty, a "
         "value ≥90% whose name was deleted; =100% and 2027年10月31日前 right")  # fmt: skip
def template_rows() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 18))
    project_block(
        s, year=2027, name="檀山县畜禽粪污资源化利用整县推进项目", dept="檀山县农业农村局",
        unit="檀山县畜牧兽医服务中心", attr="新增项目",
        money=[("中期资金总额", 800, "年度资金总额", 800),
               ("其中：财政拨款", 760, "其中：财政拨款", 760),
               ("其他资金", 40, "其他资金", 40)],
        goals=["支持35家规模养殖场改造粪污处理设施，推广有机肥2万亩，畜禽粪污综合利用率"
               "达到85%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table([
        ("产出指标", "数量指标", "粪污处理设施改造养殖场", "≥35家"),
        (None, None, "有机肥推广应用面积", "≥2万亩"),
        (None, "质量指标", "规模养殖场粪污处理设施装备配套率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称被删"), "≥90%"),
        (None, "时效指标", "设施改造完成时间", "2027年10月31日前"),
        (None, "成本指标", "单个养殖场设施改造补助", "≤20万元/家"),
        ("效益指标", "经济效益指标", "带动养殖场户节本增收", "≥300万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "社会效益指标", "养殖污染有效投诉", "≤3件"),
        (None, "可持续影响指标", "粪污处理设施设计使用年限", "≥10年"),
    ], merged=(1, 2))  # fmt: skip
    for r in range(s.r - 9, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    b.file_mark("F106", "error", note="养殖场户是服务对象，缺满意度指标")
    line(s, "注：一级、二级指标按模板填列，三级指标由项目单位根据实际设置。", 1, 6)
    signature(s, 1, day(2026, 11, 19), who="陆欣然", checker="严国强")
    return b


@variant("jg18-period-copied-pdf", (8, 9),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts copied "
         "into 年度, a 中期资金总额 split by a space (3605.337 6), a detail line pasted twice "
         "(120万120万); a period date and equal rates right")  # fmt: skip
def period_copied_pdf() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 18, 24))
    project_block(
        s, year=2027, years=3, name="青樾县农村公路提档升级工程", dept="青樾县交通运输局",
        unit="青樾县农村公路管理所", attr="新增项目",
        money=[("中期资金总额", mk("3605.337 6", "X105", "warning", alt=("X103",),
                                   note="PDF转换断开的数字"),
                "年度资金总额", 1200),
               ("其中：财政拨款", 3405.3376, "其中：财政拨款", 1000),
               ("其他资金", 200, "其他资金", 200)],
        goals=["2027—2029年累计完成农村公路提档升级180公里，新建港湾式停靠站90个，"
               "交工验收合格率100%。",
               ok("2027年完成农村公路提档升级60公里，新建港湾式停靠站30个，年底前完成年度"
                  "建设任务。", note="与照抄的年度指标值不符：此处的 D104 可接受")],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("成本指标", "经济成本指标", "每公里提档升级成本", "≤6.5万元/公里", "≤6.5万元/公里", None),
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥180公里",
         mk("≥180公里", "D202", "warning", alt=("D104",), note="年度照抄中期，应为60公里"), None),
        (None, None, "新建港湾式停靠站", "≥90个",
         mk("≥90个", "D202", "warning", alt=("D104",), note="年度照抄中期，应为30个"), None),
        (None, "质量指标", "交工验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "建设任务完成时间", "2029年12月31日前", "2027年12月31日前", None),
        ("效益指标", "社会效益指标", "20户以上自然村通硬化路比例", "≥98%", "≥95%", None),
        (None, "可持续影响指标", "农村公路管养机制", "长效运行", "长效运行", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip(1)
    line(s, "附：2027年度资金测算明细（万元）", 1, 6)
    s.row("支出内容", "金额", "测算依据", None, None, None, merge=[(3, 6)])
    for item in (("路面提档升级工程", 390, "60公里×6.5万元/公里"),
                 ("港湾式停靠站", mk("120万120万", "X106", "error", alt=("B108",),
                                      note="金额粘贴了两次"), "30个×4万元/个"),
                 ("安全生命防护工程", 560, "按施工图预算"),
                 ("桥涵维修加固", 130, "按施工图预算"),
                 ("合计", 1200, None)):  # fmt: skip
        s.row(*item, None, None, None, merge=[(3, 6)])
    comment(s, s.r - 3, 2, "自PDF版复制，请核对。", "交通局 财务")
    signature(s, 1, day(2026, 11, 30, CN_DATE), who="魏子涵", checker="龚建业")
    return b
