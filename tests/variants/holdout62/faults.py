"""项目 returns of township and street offices with one to three planted mistakes each: village
lists not adding up, a standard × count far above the money, rates as counts, 满意度 above
100 %, 反向 indicators with ≥, a year in the goal text that is not the budget year, a tier-2
under the wrong tier-1, a template row left empty, 中期 values copied into 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout62.common import WAN, Y, signature, table, villages
from tests.variants.holdout62.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("jt10-renju-list-off-satisfaction", (1, 12),
         "project, NAT-2021, operator and unit columns, village list whose lines do not add up "
         "to the 合计, a 满意度 of 105 %")  # fmt: skip
def jt10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 12, 14))
    project_head(
        s, year=Y, name="马头镇农村人居环境整治", dept="马头镇人民政府", unit="马头镇村镇建设办",
        attr="延续项目",
        money=[("年度资金总额", money(96, WAN), "其中：上级补助", money(64, WAN)),
               ("乡镇自筹", money(32, WAN), "其他资金", money(0, WAN))],
        goals=["完成10个行政村村庄清洁和垃圾收运设施提升，新建垃圾中转池20个，村庄环境干净整洁。"],
    )  # fmt: skip
    villages(
        s, [("马头村", 10), ("黄岗村", 9.5), ("清塘村", 9), ("罗家村", 10), ("新屋村", 8.5),
            ("大坪村", 9.5), ("塘湾村", 10), ("枫树村", 9), ("石桥村", 9.5), ("长冲村", 9.5)],
        mk(money(96), "B102", "error", row=True, alt=("B101",),
           note="the ten villages add up to 94.5, not 96"),
        check=False,
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "整治行政村数", "≥", 10, "个"),
        (None, None, "新建垃圾中转池", "≥", 20, "个"),
        (None, None, "配备村级保洁员", "≥", 40, "人"),
        (None, "质量指标", "中转池建设验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "中转池建成时间", "≤", f"{Y}年9月30日", None),
        ("成本指标", "经济成本指标", "村均整治经费", "≤", 9.6, "万元/村"),
        ("效益指标", "社会效益指标", "村庄清洁行动覆盖率", "=", pct(1), "%"),
        (None, "生态效益指标", "生活垃圾收运处置率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "保洁员长效管理制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥",
         mk(pct(1.05), "T106", "error", alt=("T114",), note="105 %: 满意度 cannot exceed 100 %"),
         "%"),
    ])  # fmt: skip
    signature(s, "马头镇人民政府", "戴国庆", "邹敏", f"{Y - 1}年11月17日")
    return b


@variant("jt11-cadre-pay-standard-too-high", (12,),
         "project, NAT-2021, two-line header (绩效指标 / 年度目标值) and 指标解释 column: "
         "per-person standard × 人数 far above the money, a rate given as a count")  # fmt: skip
def jt11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 16, 28, 10))
    project_head(
        s, year=Y, name="村干部基本报酬及绩效补贴", dept="金山乡人民政府", unit="金山乡人民政府",
        attr="常年项目",
        money=[("年度资金总额", 215, "其中：上级补助", 150), ("乡镇自筹", 65, "其他资金", 0)],
        goals=["按月足额发放12个村86名村干部基本报酬，年终按考核结果发放绩效补贴。"],
    )  # fmt: skip
    table(s, ("绩效指标", None, None, "指标值", "指标解释"), [
        ("产出指标", "数量指标", "享受补贴村干部人数", "≥86人", "在岗村干部"),
        (None, None, "补贴村数", "=12个", "全乡行政村"),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%", "按县定标准审核"),
        (None, None, "补贴资金按月发放率",
         mk("12次", "T105", "error", note="a rate given as a count of payments"), "每月一次"),
        (None, "时效指标", "基本报酬发放时间", "每月20日前", "按月发放"),
        ("成本指标", "经济成本指标", "人均年度补贴标准",
         mk("≤3.6万元/人", "B107", "warning", row=True,
            note="3.6万元 × 86人 = 309.6万元, far above the 215万元 of the project"),
         "基本报酬+绩效补贴"),
        ("效益指标", "社会效益指标", "村级组织正常运转率", "=100%", None),
        (None, "可持续影响指标", "村干部队伍稳定性", "保持稳定", None),
        ("满意度指标", "服务对象满意度指标", "村干部满意度", "≥90%", "抽样问卷"),
    ], header2=("一级指标", "二级指标", "三级指标", "年度目标值", None))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 9 - 1, start_column=1, end_row=s.r - 9 - 1, end_column=3)
    signature(s, "金山乡人民政府", "万志刚", "童雪", f"{Y - 1}年11月24日")
    return b


@variant("jt12-flood-year-and-direction", (11,),
         "one-year project, OLD-NAT, 比较符 column with symbols and a unit column: the 年度目标 "
         "names last year, a 反向 rate with ≥")  # fmt: skip
def jt12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 12, 12))
    project_head(
        s, year=Y, name="清水镇防汛抗旱工作经费", dept="清水镇人民政府", unit="清水镇水利站",
        attr="常年项目",
        money=[("年度资金总额", 38, "其中：上级补助", 20), ("乡镇自筹", 18, "其他资金", 0)],
        goals=[mk(f"{Y - 1}年汛期前完成8座山塘清淤和全镇防汛物资补充，"
                  "组织应急演练2次，确保安全度汛。",
                  "Y101", "error", alt=("Y103",),
                  note="the 年度目标 of a 2027 return names 2026: copied from last year")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "山塘清淤座数", "≥", 8, "座"),
        (None, None, "防汛应急演练", "≥", 2, "次"),
        (None, None, "补充防汛编织袋", "≥", 5000, "条"),
        (None, "质量指标", "清淤工程验收合格率", "≥", pct(0.95), "%"),
        (None, None, "防汛物资损耗率", mk("≥", "T108", "warning", row=True,
                                         note="a 损耗率 is 反向: ≤ meant"), pct(0.03), "%"),
        (None, "时效指标", "汛情信息报送时限", "≤", 1, "小时"),
        (None, "成本指标", "单座山塘清淤成本", "≤", 2.5, "万元/座"),
        ("效益指标", "社会效益指标", "汛期群众安全转移率", "=", pct(1), "%"),
        (None, "可持续影响指标", "防汛责任制落实", "定性", "到位", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "清水镇人民政府", "邓小川", "丁佳", f"{Y - 1}年11月23日")
    return b


@variant("jt14-yishiyiyi-split-rate-template", (6, 12),
         "project, OLD-NAT, abbreviated tiers, 比较符 in words and a unit column: 上级补助 + "
         "乡镇自筹 ≠ 年度资金总额, a rate as a count, a template row left empty")  # fmt: skip
def jt14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 28, 12, 12, 12))
    project_head(
        s, year=Y, name="黄土岭乡一事一议财政奖补项目", dept="黄土岭乡人民政府",
        unit="黄土岭乡财政所", attr="常年项目",
        money=[("年度资金总额",
                mk(180, "B101", "error", row=True, note="上级补助 150 + 乡镇自筹 40 = 190 ≠ 180"),
                "其中：上级补助", 150),
               ("乡镇自筹", 40, "其他资金", 0)],
        goals=["对6个村实施村内道路硬化和小型水利设施修缮，按议定事项据实奖补，工程验收合格。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出", "数量", "实施一事一议项目村数", "大于等于", 6, "个"),
        (None, None, "村内道路硬化里程", "大于等于", 6.2, "公里"),
        (None, None, "修缮小型水利设施", "大于等于", 9, "处"),
        (None, "质量", "工程竣工验收合格率", "等于",
         mk(6, "T105", "error", alt=("T112",), note="a rate given as a count of villages"), "个"),
        (None, "时效", "项目完工时间", "小于等于", f"{Y}年11月30日", None),
        (None, "成本", "道路硬化奖补标准", "小于等于", 25, "万元/公里"),
        ("效益", "社会效益", "受益农户数", "大于等于", 980, "户"),
        (None, mk("生态效益", "F109", "warning", row=True,
                  note="a template row left with no indicator and no value"), None, None, None,
         None),
        (None, "可持续影响", "建后管护责任落实率", "大于等于", pct(0.95), "%"),
        ("满意度", "服务对象满意度", "受益群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "黄土岭乡人民政府", "蔡文斌", "林燕", f"{Y - 1}年11月20日")
    return b


@variant("jt16-road-three-year-copied", (8,),
         "three-year project, NAT-2021, unit column then 中期 and 年度 columns: two cumulative "
         "counts copied from 中期 into 年度, one annual count above its period count")  # fmt: skip
def jt16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 14, 14))
    project_head(
        s, year=Y, years=3, name="高桥镇农村公路安全生命防护和养护提升工程", dept="高桥镇人民政府",
        unit="高桥镇交通管理站", attr="新增项目",
        money=[("中期资金总额", 150, "年度资金总额", 50),
               ("其中：上级补助", 105, "其中：上级补助", 35),
               ("乡镇自筹", 45, "乡镇自筹", 15)],
        goals=[f"{Y}年至{Y + 2}年改造危桥6座，新增波形护栏12公里，修补路面坑槽9000平方米，"
               "农村公路优良中等路率保持在80%以上。",
               mk("改造危桥2座，新增波形护栏4公里，修补路面坑槽3000平方米，优良中等路率不低于80%。",
                  "D104", "warning", required=False,
                  note="the text and the copied annual values disagree: the same slip")],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "危桥改造座数", "座", "≥6",
         mk("≥6", "D202", "warning", alt=("D104",),
            note="period value copied: 2 in the 年度目标")),
        (None, None, "新增波形护栏长度", "公里", "≥12",
         mk("≥12", "D202", "warning", alt=("D104",),
            note="period value copied: 4 in the 年度目标")),
        (None, None, "路面坑槽修补面积", "平方米", "≥9000",
         mk("≥12000", "D201", "error", alt=("D104",),
            note="annual above the period; 3000 in the 年度目标")),
        (None, "质量指标", "优良中等路率", "%", "≥80", "≥80"),
        (None, None, "危桥改造验收合格率", "%", "=100", "=100"),
        (None, "时效指标", "坑槽修补时限", "天", "≤7", "≤7"),
        ("成本指标", "经济成本指标", "单座危桥改造成本", "万元/座", "≤12",
         mk("≤12", "B107", "warning", row=True, required=False,
            note="with the copied ≥6 座 the annual product 72 exceeds 50: a consequence")),
        ("效益指标", "社会效益指标", "农村公路交通事故起数", "起", "≤3", "≤1"),
        (None, "可持续影响指标", "路产路权管护机制", None, "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥90", "≥90"),
    ])  # fmt: skip
    signature(s, "高桥镇人民政府", "严卫东", "郝晶", f"{Y - 1}年11月30日")
    return b


@variant("jt17-stacked-list-off-direction", (2, 11),
         "two projects stacked (村级公益事业, 人居环境整治), OLD-NAT: the second's village list "
         "does not add up to its 合计, a 反向 投诉率 with ≥")  # fmt: skip
def jt17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 18, 14, 14))
    project_head(
        s, year=Y, name="双河镇村级公益事业建设补助", dept="双河镇人民政府", unit="双河镇农经站",
        attr="延续项目",
        money=[("年度资金总额", 36, "其中：上级补助", 24), ("乡镇自筹", 12, "其他资金", 0)],
        goals=["补助6个村修建村组便民桥和公共厕所，年内建成使用。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "补助行政村数", "≥6个"),
        (None, None, "新建村组便民桥", "≥4座"),
        (None, None, "新建公共厕所", "≥6座"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", f"{Y}年11月30日前"),
        (None, "成本指标", "村均补助标准", "≤6万元/村"),
        ("效益指标", "社会效益指标", "村民生产生活条件", "明显改善"),
        (None, "可持续影响指标", "设施管护责任落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=Y, title="", name="双河镇农村人居环境整治", dept="双河镇人民政府",
        unit="双河镇村镇建设办", attr="延续项目",
        money=[("年度资金总额", 56, "其中：上级补助", 40), ("乡镇自筹", 16, "其他资金", 0)],
        goals=["7个行政村开展村庄清洁行动，生活垃圾日产日清，群众投诉明显减少。"],
    )  # fmt: skip
    villages(
        s, [("双河村", 8), ("岩口村", 8), ("水井村", 7.5), ("官庄村", 8.5), ("樟树村", 8),
            ("田心村", 8), ("凤凰村", 9)],
        mk(56, "B102", "error", row=True, alt=("B101",),
           note="the seven villages add up to 57, not 56"),
        label="分村资金明细", check=False,
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "开展村庄清洁行动村数", "≥7个"),
        (None, None, "配备村级保洁员", "≥28人"),
        (None, "质量指标", "生活垃圾日产日清率", "≥95%"),
        (None, "时效指标", "垃圾清运时限", "≤24小时"),
        (None, "成本指标", "村均整治经费", "≤8万元/村"),
        ("效益指标", "社会效益指标", "村容村貌", "明显改善"),
        (None, None, "环境卫生投诉率",
         mk("≥2%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤2% meant")),
        (None, "可持续影响指标", "村庄保洁长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "双河镇人民政府", "侯建新", "车玲", f"{Y - 1}年12月1日")
    return b


@variant("jt18-grid-parent-direction-date", (5, 11),
         "project, OLD-NAT, a 权重 column adding to 100: 时效指标 merged under 效益指标, a 反向 "
         "信访率 with ≥, a deadline in the next year for a one-year project")  # fmt: skip
def jt18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 18, 10, 14))
    project_head(
        s, year=Y, name="城北街道网格化服务管理", dept="城北街道办事处", unit="城北街道综治中心",
        attr="常年项目",
        money=[("年度资金总额", 98, "其中：上级补助", 30), ("街道自筹", 68, "其他资金", 0)],
        goals=["全街道80个网格配齐专职网格员，升级网格信息平台，网格事件按时办结，矛盾纠纷就地化解。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）"), [
        ("产出指标", "数量指标", "管理网格数", "≥80个", 10),
        (None, None, "专职网格员人数", "≥80人", 10),
        (None, "质量指标", "网格事件办结率", "≥95%", 10),
        (None, None, "网格员培训合格率", "≥95%", 10),
        (None, "成本指标", "网格员人均年度补贴", "≤1.1万元/人", 10),
        ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%", 10),
        (None, None, "矛盾纠纷重复信访率",
         mk("≥3%", "T108", "warning", row=True, note="a 重复信访率 is 反向: ≤3% meant"), 10),
        (None, mk("时效指标", "F105", "error", note="an 产出 tier-2 merged under 效益指标"),
         "网格信息平台升级完成时间",
         mk(f"{Y + 1}年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a one-year 2027 project with a 2028 deadline"), 10),
        (None, "可持续影响指标", "网格化管理长效机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", 10),
    ])  # fmt: skip
    signature(s, "城北街道办事处", "潘文杰", "宋倩", f"{Y - 1}年11月29日")
    return b
