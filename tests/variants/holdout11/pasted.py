"""Tables pasted from Word or PDF into Excel: line breaks inside cells, amounts and dates as
text, full-width digits and ％, and the artefacts such pasting leaves."""

from __future__ import annotations

from tests.variants.holdout11.common import block, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import Book, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("w10-word-pasted-ok", (4, 5, 9), "project pasted from Word, full-width digits, text")
def w10() -> Book:
    """Correct: a project table pasted from a Word document: tier labels broken over two lines,
    amounts and dates as text, full-width digits and ％ in the values."""
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 26, 18))
    s.title("安河区2027年度项目支出绩效目标表", 4)
    s.row("项目名称", "安河区农村供水保障工程运行管护", merge=[(2, 4)])
    s.row("主管部门", "安河区水利局", "实施单位", "安河区农村供水管理站")
    s.row("项目属性", "经常性项目", "项目期限", "2027年1月—2027年12月")
    s.row("项目资金\n（万元）", "年度资金总额", "132.00", None)
    top = s.r
    s.row(None, "其中：财政拨款", "120.00", None)
    s.row(None, "其他资金", "12.00", "（村集体水费收入）")
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "1.保障全区２７处集中供水工程正常运行；\n2.完成水质检测３２４份；\n"
          "3.供水保证率达到９５％以上。", merge=[(2, 4)])  # fmt: skip
    block(
        s, HEAD,
        rows=[
            ("产出\n指标", "数量\n指标", "集中供水工程\n运行管护", "≥２７处"),
            (None, None, "水质检测\n样品数", "≥３２４份"),
            (None, "质量\n指标", "水质检测合格率", "≥９５％"),
            (None, None, "供水保证率", "≥９５％"),
            (None, "时效\n指标", "故障维修\n响应时间", "≤２４小时"),
            (None, "成本\n指标", "单处工程年均\n管护经费", "≤４.５万元/处"),
            ("效益\n指标", "社会效益\n指标", "受益人口", "≥８.６万人"),
            (None, "可持续影响\n指标", "工程管护\n责任制落实", "落实到位"),
            ("满意度\n指标", "服务对象\n满意度指标", "用水户满意度", "≥９０％"),
        ],
    )  # fmt: skip
    s.skip()
    s.row("填报人：覃玉兰", None, "联系电话：0878-7630418")
    s.row("填报日期：2026年11月6日")
    return b


@variant("w11-pdf-pasted-wrong", (9,), "project pasted from PDF, artefacts in money and values")
def w11() -> Book:
    """A vocational school's equipment project copied out of a PDF: one detail amount pasted
    twice, a 合格率 without its %, a value with two opposite operators."""
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 28, 18))
    s.title("2027年度项目支出绩效目标申报表", 4)
    s.row("项目名称", "青川市中等职业学校数控实训基地设备购置", merge=[(2, 4)])
    s.row("主管部门", "青川市教育体育局", "实施单位", "青川市中等职业学校")
    s.row("项目期", "1年", "项目属性", "一次性项目")
    s.row("项目资金（万元）", "年度资金总额", 50.0, None)
    top = s.r
    s.row(None, "其中：财政拨款", 50.0, None)
    s.row(None, "其他资金", 0, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("资金明细（万元）", "明细项目", "金额", "测算依据")
    top = s.r
    s.row(None, "实训设备购置",
          mk("36.5万36.5万", "X106", "error", alt=("B108",),
             note="the amount pasted twice; read as 36.5 the lines add up"),
          "数控车床6台、加工中心2台、仿真软件4套")  # fmt: skip
    s.row(None, "实训耗材", 8.5, "刀具、棒料等")
    s.row(None, "安装调试及培训", 5.0, "按设备价款约13.7%")
    s.row(None, "合计", 50.0, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度目标", "购置数控实训设备12台套，新增实训工位48个，满足机械加工类专业年实训"
          "2400人次需要，学生技能等级证书取得率达到90%。", merge=[(2, 4)])  # fmt: skip
    block(
        s, HEAD,
        rows=[
            ("产出指标", "数量指标", "购置数控实训设备", "≥12台套"),
            (None, None, "新增实训工位", "≥48个"),
            (None, "质量指标", "设备验收合格率",
             mk(">=95", "T105", "warning", row=True, alt=("T104", "T116"),
                note="a rate without %: 95 % is meant, so at most a warning")),
            (None, None, "设备采购程序合规率", "=100%"),
            (None, "时效指标", "设备采购完成时间", "2027年9月30日前"),
            (None, "成本指标", "实训设备购置成本", "≤36.5万元"),
            ("效益指标", "社会效益指标", "年实训学生人次", "≥2400人次"),
            (None, None, "学生技能等级证书取得率",
             mk("≥≤90%", "T116", "warning", row=True, note="two opposite operators")),
            (None, "可持续影响指标", "设备使用年限", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"),
        ],
    )  # fmt: skip
    wide(s, "第 1 页 共 1 页", 1, 4)
    return b
